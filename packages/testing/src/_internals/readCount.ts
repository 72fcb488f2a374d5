import { describeValue, ReceivablesError } from '@receivables/core';

/**
 * Checks that a count option is a whole number, zero or more.
 *
 * @param api - The public function asking, named first in the error message.
 * @param field - The option's name.
 * @param value - The count given.
 * @returns The same count.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for a negative, fractional or non-number count.
 * @internal
 */
export function readCount(api: string, field: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: ${field} ${describeValue(value)} is not a whole number of records`,
      {
        details: { field, value: describeValue(value) },
      },
    );
  }
  return value;
}
