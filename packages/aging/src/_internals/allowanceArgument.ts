import { ReceivablesError } from '@receivables/core';

/**
 * The `INVALID_ARGUMENT` error of an allowance function, message first-named by the API.
 *
 * @internal
 */
export function allowanceArgumentError(
  api: string,
  reason: string,
  details: Readonly<Record<string, unknown>> = {},
): ReceivablesError {
  return new ReceivablesError('INVALID_ARGUMENT', `${api}: ${reason}`, { details });
}
