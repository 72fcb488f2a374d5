import { currencyMismatch } from '../_internals/moneyCurrencyMismatch.ts';
import type { Money } from './money.ts';

/**
 * Tells whether two amounts of the same currency are equal in value (`12.5` equals `12.50`).
 *
 * @param left - The first amount.
 * @param right - The second amount, in the same currency.
 * @returns `true` when the amounts are equal.
 * @throws {ReceivablesError} `CURRENCY_MISMATCH` when the currencies differ: comparing a CNY payment with
 *   a USD invoice is a mistake to surface, not a plain "no".
 *
 * @example
 * ```ts
 * import { equalsMoney, money } from '@receivables/core';
 *
 * console.log(equalsMoney(money('12.5', 'CNY'), money('12.50', 'CNY'))); // true
 * ```
 */
export function equalsMoney(left: Money, right: Money): boolean {
  if (left.currency !== right.currency) {
    throw currencyMismatch('equalsMoney', (a, b) => `compare ${a} with ${b}`, left, right);
  }
  return left.amount.equals(right.amount);
}
