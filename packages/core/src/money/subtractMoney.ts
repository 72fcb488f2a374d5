import { currencyMismatch } from '../_internals/moneyCurrencyMismatch.ts';
import { requireExactSum } from '../_internals/moneyExactness.ts';
import type { Money } from './money.ts';

/**
 * Subtracts one amount from another of the same currency, exactly.
 *
 * @param minuend - The amount to subtract from.
 * @param subtrahend - The amount to subtract, in the same currency.
 * @returns The exact difference, negative when `subtrahend` is larger.
 * @throws {ReceivablesError} `CURRENCY_MISMATCH` when the currencies differ; `INVALID_ARGUMENT` when the
 *   exact difference would need more than the suite's 60 significant digits.
 *
 * @example
 * ```ts
 * import { money, subtractMoney, toDecimalString } from '@receivables/core';
 *
 * console.log(toDecimalString(subtractMoney(money('100.00', 'CNY'), money('120.50', 'CNY')))); // -20.50
 * ```
 */
export function subtractMoney(minuend: Money, subtrahend: Money): Money {
  if (minuend.currency !== subtrahend.currency) {
    throw currencyMismatch('subtractMoney', (a, b) => `subtract ${b} from ${a}`, minuend, subtrahend);
  }
  requireExactSum(minuend.amount, subtrahend.amount, 'subtractMoney');
  return { amount: minuend.amount.minus(subtrahend.amount), currency: minuend.currency };
}
