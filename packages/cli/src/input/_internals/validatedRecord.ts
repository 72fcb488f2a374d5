import { toValidationIssues } from '@receivables/core';
import type * as z from 'zod';
import type { InputProblem } from '../InputProblem.ts';
import type { RowContext } from '../RowContext.ts';
import type { RowResult } from '../RowResult.ts';
import { problemsFromIssues } from './problemsFromIssues.ts';
import type { RecordLocation } from './RecordLocation.ts';

/**
 * Validates a record read from a row (or a JSON record) with the CLI's own schema, adding its issues
 * to the problems found while reading the cells.
 *
 * @internal
 */
export function validatedRecord<T>(
  schema: z.ZodType<T, unknown>,
  draft: unknown,
  location: RecordLocation,
  problems: readonly InputProblem[],
  fallback: 'INVALID_RECORD' | 'INVALID_HISTORY',
): RowResult<T> {
  const result = schema.safeParse(draft, { reportInput: true });
  if (result.success && problems.length === 0) return { ok: true, value: result.data };
  const issues = result.success ? [] : toValidationIssues(result.error.issues);
  return { ok: false, problems: [...problems, ...problemsFromIssues(issues, draft, location, fallback)] };
}

/** The location of a CSV row, for {@link validatedRecord}. @internal */
export function csvLocation(row: number, context: RowContext): RecordLocation {
  return { file: context.file, row, columns: context.columns ?? {}, jsonPath: [] };
}
