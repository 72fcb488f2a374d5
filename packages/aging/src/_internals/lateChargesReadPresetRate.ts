import {
  type AmountInput,
  decimal,
  describeValue,
  isReceivablesError,
  ReceivablesError,
} from '@receivables/core';
import type { Decimal } from 'decimal.js';

/**
 * Reads a preset's rate option (margin, markup) as a decimal, refusing what is not a decimal number with
 * `INVALID_RATE`.
 *
 * @internal
 */
export function lateChargesReadPresetRate(value: unknown, api: string, field: string): Decimal {
  try {
    return decimal(value as AmountInput);
  } catch (error) {
    if (!isReceivablesError(error)) throw error;
    throw new ReceivablesError(
      'INVALID_RATE',
      `${api}: ${field}: ${describeValue(value)} is not a decimal rate`,
      {
        details: { field },
        cause: error,
      },
    );
  }
}
