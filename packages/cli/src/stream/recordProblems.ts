import { isReceivablesError } from '@receivables/core';
import type { InputProblem } from '../input/InputProblem.ts';
import type { RowContext } from '../input/RowContext.ts';
import { rowProblemsFromIssues } from '../input/rowProblemsFromIssues.ts';

/**
 * Validates a record converted from one CSV row with a core parser, naming every problem by file,
 * row, column and value as the loader does (`rowProblemsFromIssues`).
 *
 * @param parse - The core parser, e.g. `parseInvoice`.
 * @param record - The converted record.
 * @param row - The spreadsheet row.
 * @param context - The file and its columns.
 * @returns The parsed record, or the problems.
 * @throws What `parse` throws when it is not a validation error.
 * @internal
 */
export function recordProblems<T>(
  parse: (raw: unknown) => T,
  record: unknown,
  row: number,
  context: RowContext,
): { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: InputProblem[] } {
  try {
    return { ok: true, value: parse(record) };
  } catch (error) {
    if (!isReceivablesError(error) || error.details.issues === undefined) throw error;
    return { ok: false, problems: rowProblemsFromIssues(error.details.issues, record, row, context) };
  }
}
