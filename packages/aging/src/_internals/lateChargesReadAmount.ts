import { type AmountInput, describeValue, money, ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { lateChargesRethrow } from './lateChargesRethrow.ts';

/**
 * Reads an amount of `currency` at most as precise as its minor unit, refusing a negative one (or, when
 * `positive`, zero too) with `INVALID_AMOUNT`.
 *
 * @internal
 */
export function lateChargesReadAmount(
  value: unknown,
  currency: string,
  api: string,
  field: string,
  sign: 'nonNegative' | 'positive',
): Decimal {
  const { amount } = lateChargesRethrow(api, () => money(value as AmountInput, currency, { field }));
  if (amount.isNegative() || (sign === 'positive' && amount.isZero())) {
    const expected = sign === 'positive' ? 'more than 0' : 'at least 0';
    throw new ReceivablesError(
      'INVALID_AMOUNT',
      `${api}: ${field}: ${describeValue(value)} must be ${expected}`,
      {
        details: { field, value: amount.toString(), currency },
      },
    );
  }
  return amount;
}
