import { type AmountInput, decimal, describeValue, ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/**
 * Reads a rate or ratio written as a fraction (`0.1` for 10%), or throws `INVALID_RATE` naming the field:
 * NaN, Infinity, text that is not a decimal, a negative rate, or one above `max` when a maximum applies
 * (a share or a loss rate cannot exceed 1).
 *
 * @internal
 */
export function modelsReadRate(value: AmountInput, api: string, field: string, max?: number): Decimal {
  let rate: Decimal;
  try {
    rate = decimal(value, { field });
  } catch {
    throw invalidRate(value, api, field, 'is not a finite decimal number');
  }
  if (rate.isNegative()) throw invalidRate(value, api, field, 'is negative');
  if (max !== undefined && rate.greaterThan(max)) throw invalidRate(value, api, field, `is above ${max}`);
  return rate;
}

function invalidRate(value: unknown, api: string, field: string, reason: string): ReceivablesError {
  return new ReceivablesError('INVALID_RATE', `${api}: ${field}: ${describeValue(value)} ${reason}`, {
    details: { field, value: typeof value === 'object' && value !== null ? describeValue(value) : value },
  });
}
