import { describeValue, ReceivablesError } from '@receivables/core';

/**
 * The error for a KPI whose denominator is zero, instead of dividing by it: `NO_SALES_IN_PERIOD` when
 * the denominator is the period's sales, `ZERO_DENOMINATOR` otherwise. The message names the KPI's
 * function, the field and the value given, and says what is undefined.
 *
 * @internal
 */
export function zeroDivisorError(
  code: 'NO_SALES_IN_PERIOD' | 'ZERO_DENOMINATOR',
  api: string,
  field: string,
  value: unknown,
  consequence: string,
): ReceivablesError {
  return new ReceivablesError(code, `${api}: ${field}: ${describeValue(value)} is zero; ${consequence}`, {
    details: { field, value: typeof value === 'object' && value !== null ? String(value) : value },
  });
}
