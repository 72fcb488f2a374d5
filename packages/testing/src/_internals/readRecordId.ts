import { describeValue, ReceivablesError } from '@receivables/core';

/**
 * Checks that an id option is a non-empty string.
 *
 * @param api - The public function asking, named first in the error message.
 * @param field - The option's name.
 * @param value - The id given.
 * @returns The same id.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for anything but a non-empty string.
 * @internal
 */
export function readRecordId(api: string, field: string, value: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: ${field} ${describeValue(value)} is not a record id`,
      {
        details: { field, value: describeValue(value) },
      },
    );
  }
  return value;
}
