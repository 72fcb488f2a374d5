import { currencyMismatch } from '../_internals/moneyCurrencyMismatch.ts';
import type { Money } from './money.ts';

/**
 * The larger of two amounts of the same currency, e.g. a balance floored at zero.
 *
 * @param left - The first amount.
 * @param right - The second amount, in the same currency.
 * @returns The larger operand itself; `left` when they are equal.
 * @throws {ReceivablesError} `CURRENCY_MISMATCH` when the currencies differ.
 *
 * @example
 * ```ts
 * import { maxMoney, money, toDecimalString } from '@receivables/core';
 *
 * console.log(toDecimalString(maxMoney(money('-20.50', 'CNY'), money('0', 'CNY')))); // 0.00
 * ```
 */
export function maxMoney(left: Money, right: Money): Money {
  if (left.currency !== right.currency) {
    throw currencyMismatch('maxMoney', (a, b) => `compare ${a} with ${b}`, left, right);
  }
  return right.amount.greaterThan(left.amount) ? right : left;
}
