import { type AmountInput, decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';

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
  return decimal(value, { api, field, sign });
}
