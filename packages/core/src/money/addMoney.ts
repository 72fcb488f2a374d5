import { currencyMismatch } from '../_internals/moneyCurrencyMismatch.ts';
import { requireExactSum } from '../_internals/moneyExactness.ts';
import type { Money } from './money.ts';

/**
 * Adds two amounts of the same currency, exactly.
 *
 * @param augend - The first amount.
 * @param addend - The amount to add, in the same currency.
 * @returns The exact sum.
 * @throws {ReceivablesError} `CURRENCY_MISMATCH` when the currencies differ; `INVALID_ARGUMENT` when the
 *   exact sum would need more than the suite's 60 significant digits.
 *
 * @example
 * ```ts
 * import { addMoney, money, toDecimalString } from '@receivables/core';
 *
 * console.log(toDecimalString(addMoney(money('0.10', 'CNY'), money('0.20', 'CNY')))); // 0.30
 * try {
 *   addMoney(money(2, 'CNY'), money(1, 'USD'));
 * } catch (error) {
 *   console.log((error as Error).message); // addMoney: cannot add USD 1.00 to CNY 2.00: the currencies differ
 * }
 * ```
 */
export function addMoney(augend: Money, addend: Money): Money {
  if (augend.currency !== addend.currency) {
    throw currencyMismatch('addMoney', (a, b) => `add ${b} to ${a}`, augend, addend);
  }
  requireExactSum(augend.amount, addend.amount, 'addMoney');
  return { amount: augend.amount.plus(addend.amount), currency: augend.currency };
}
