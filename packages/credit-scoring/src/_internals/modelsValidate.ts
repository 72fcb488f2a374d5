import { type ReceivablesErrorCode, throwValidationError, toValidationIssues } from '@receivables/core';
import type * as z from 'zod';

/**
 * Parses outside data with a schema, or throws one error with `code` that lists every issue with its
 * path, so a caller fixes a whole document at once rather than one field per run.
 *
 * @internal
 */
export function modelsValidate<Output, Input>(
  schema: z.ZodType<Output, Input>,
  value: unknown,
  code: ReceivablesErrorCode,
  api: string,
  path: readonly (string | number)[] = [],
): Output {
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) throwValidationError(code, api, toValidationIssues(result.error.issues, path));
  return result.data;
}
