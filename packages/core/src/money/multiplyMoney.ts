import { requireExactProduct } from '../_internals/moneyExactness.ts';
import { readDecimal } from '../_internals/moneyReadDecimal.ts';
import type { AmountInput } from './AmountInput.ts';
import type { Money } from './money.ts';

/**
 * Multiplies an amount by a factor (a quantity, a rate, a share), exactly. The product keeps every decimal
 * it has, so it may be finer than the currency: pass it to `roundMoney` with the rounding mode your policy
 * names before storing, printing or comparing it with invoice amounts.
 *
 * @param value - The amount.
 * @param factor - A decimal string, a finite number or a `Decimal`, e.g. `'0.0005'` for a daily rate.
 * @returns The exact product, in the same currency.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when `factor` is not a finite decimal; `AMOUNT_OUT_OF_RANGE`
 *   when it lies outside 10^-1000 to 10^1000 in size; `INVALID_ARGUMENT` when the exact product would need
 *   more than the suite's 60 significant digits.
 *
 * @example
 * ```ts
 * import { money, multiplyMoney, roundMoney, toDecimalString } from '@receivables/core';
 *
 * const interest = multiplyMoney(money('1234.56', 'CNY'), '0.0005');
 * console.log(interest.amount.toString()); // 0.61728
 * console.log(toDecimalString(roundMoney(interest))); // 0.62
 * ```
 */
export function multiplyMoney(value: Money, factor: AmountInput): Money {
  const multiplier = readDecimal(factor, 'multiplyMoney', { field: 'factor' });
  requireExactProduct(value.amount, multiplier, 'multiplyMoney');
  return { amount: value.amount.times(multiplier), currency: value.currency };
}
