import { describeValue, ReceivablesError } from '@receivables/core';

/**
 * Reads a whole number argument (a count, a number of days or months), or throws `INVALID_ARGUMENT`
 * naming the field. With `nonNegative`, values below zero are refused too.
 *
 * @internal
 */
export function modelsReadCount(
  value: unknown,
  api: string,
  field: string,
  sign: 'any' | 'nonNegative' = 'nonNegative',
): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw invalidCount(value, api, field, 'is not a whole number');
  }
  if (sign === 'nonNegative' && value < 0) throw invalidCount(value, api, field, 'is negative');
  return value;
}

function invalidCount(value: unknown, api: string, field: string, reason: string): ReceivablesError {
  return new ReceivablesError('INVALID_ARGUMENT', `${api}: ${field}: ${describeValue(value)} ${reason}`, {
    details: { field, value: typeof value === 'number' ? value : describeValue(value) },
  });
}
