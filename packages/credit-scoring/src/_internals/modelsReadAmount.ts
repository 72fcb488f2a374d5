import { type AmountInput, decimal, describeValue, ReceivablesError, relabelError } from '@receivables/core';
import type Decimal from 'decimal.js';

/**
 * Reads an amount argument exactly, or throws `INVALID_AMOUNT` under the calling function's name. With
 * `nonNegative`, a negative value is refused too: sales, limits, exposures and balances are sizes, and a
 * negative one is a data error rather than a figure to compute with.
 *
 * @internal
 */
export function modelsReadAmount(
  value: AmountInput,
  api: string,
  field: string,
  sign: 'any' | 'nonNegative' = 'nonNegative',
): Decimal {
  let amount: Decimal;
  try {
    amount = decimal(value, { field });
  } catch (error) {
    throw relabelError(error, 'decimal', api);
  }
  if (sign === 'nonNegative' && amount.isNegative()) {
    throw new ReceivablesError(
      'INVALID_AMOUNT',
      `${api}: ${field}: ${describeValue(value)} is negative; it must be zero or more`,
      { details: { field, value: amount.toString() } },
    );
  }
  return amount;
}
