import { currencyMismatch } from '../_internals/moneyCurrencyMismatch.ts';
import type { Money } from './money.ts';

/**
 * The smaller of two amounts of the same currency, e.g. the part of a payment an invoice can absorb.
 *
 * @param left - The first amount.
 * @param right - The second amount, in the same currency.
 * @returns The smaller operand itself; `left` when they are equal.
 * @throws {ReceivablesError} `CURRENCY_MISMATCH` when the currencies differ.
 *
 * @example
 * ```ts
 * import { minMoney, money, toDecimalString } from '@receivables/core';
 *
 * console.log(toDecimalString(minMoney(money('500', 'CNY'), money('320.40', 'CNY')))); // 320.40
 * ```
 */
export function minMoney(left: Money, right: Money): Money {
  if (left.currency !== right.currency) {
    throw currencyMismatch('minMoney', (a, b) => `compare ${a} with ${b}`, left, right);
  }
  return right.amount.lessThan(left.amount) ? right : left;
}
