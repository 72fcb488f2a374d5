import { describeValue, isReceivablesError, ReceivablesError, toDayNumber } from '@receivables/core';

/**
 * Reads an option date as a day number, naming the public function and the field when it is malformed.
 *
 * @internal
 */
export function readDay(value: unknown, api: string, field: string): number {
  try {
    return toDayNumber(value as string);
  } catch (error) {
    if (!isReceivablesError(error)) throw error;
    throw new ReceivablesError(
      error.code,
      `${api}: ${field} ${describeValue(value)} is not a usable date: ${error.message}`,
      {
        path: [field],
        details: { field, value: describeValue(value) },
        cause: error,
      },
    );
  }
}
