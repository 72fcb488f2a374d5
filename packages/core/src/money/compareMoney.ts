import { currencyMismatch } from '../_internals/moneyCurrencyMismatch.ts';
import type { Money } from './money.ts';

/**
 * Orders two amounts of the same currency; usable directly as an `Array.prototype.sort` comparator.
 *
 * @param left - The first amount.
 * @param right - The second amount, in the same currency.
 * @returns `-1` when `left` is smaller, `0` when they are equal, `1` when `left` is larger.
 * @throws {ReceivablesError} `CURRENCY_MISMATCH` when the currencies differ: amounts in different
 *   currencies have no order without an exchange rate.
 *
 * @example
 * ```ts
 * import { compareMoney, money } from '@receivables/core';
 *
 * console.log(compareMoney(money('9.99', 'CNY'), money('10', 'CNY'))); // -1
 * ```
 */
export function compareMoney(left: Money, right: Money): -1 | 0 | 1 {
  if (left.currency !== right.currency) {
    throw currencyMismatch('compareMoney', (a, b) => `compare ${a} with ${b}`, left, right);
  }
  return left.amount.comparedTo(right.amount) as -1 | 0 | 1;
}
