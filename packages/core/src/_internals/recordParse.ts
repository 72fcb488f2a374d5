import type * as z from 'zod';
import type { ReceivablesErrorCode } from '../errors/ReceivablesErrorCode.ts';
import { throwValidationError } from '../errors/throwValidationError.ts';
import { toValidationIssues } from '../errors/toValidationIssues.ts';

/**
 * Parses `raw` with a record schema, or throws one suite error under `api`'s name listing every issue.
 *
 * @internal
 */
export function recordParse<T>(
  schema: z.ZodType<T>,
  raw: unknown,
  code: ReceivablesErrorCode,
  api: string,
): T {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  return throwValidationError(code, api, toValidationIssues(result.error.issues));
}
