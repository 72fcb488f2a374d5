import { throwValidationError, toValidationIssues } from '@receivables/core';
import type * as z from 'zod';

/**
 * Parses outside data with a schema, or throws one `INVALID_RATE` error that lists every issue under
 * `path` (e.g. `rate.reference.rates[2].effectiveFrom`).
 *
 * @internal
 */
export function lateChargesValidate<T>(
  schema: z.ZodType<T, T>,
  value: unknown,
  api: string,
  path: readonly (string | number)[] = [],
): T {
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success)
    throwValidationError('INVALID_RATE', api, toValidationIssues(result.error.issues, path));
  return result.data;
}
