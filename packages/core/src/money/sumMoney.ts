import { currencyMismatch } from '../_internals/moneyCurrencyMismatch.ts';
import { requireExactSum } from '../_internals/moneyExactness.ts';
import { readCurrency } from '../_internals/moneyReadCurrency.ts';
import { ZERO_DECIMAL } from '../_internals/moneyZero.ts';
import type { Money } from './money.ts';

/**
 * Adds up any number of amounts, exactly. The currency is given so that an empty list has one too.
 *
 * @param items - Amounts in `currency`, from an array, a generator or any other iterable.
 * @param currency - The currency of every item and of the total.
 * @returns The exact total; zero in `currency` for no items.
 * @throws {ReceivablesError} `INVALID_CURRENCY` when `currency` is not a known code; `CURRENCY_MISMATCH`
 *   when an item is in another currency; `INVALID_ARGUMENT` when the total would need more than the
 *   suite's 60 significant digits.
 *
 * @example
 * ```ts
 * import { money, sumMoney, toDecimalString } from '@receivables/core';
 *
 * const lines = [money('19.99', 'CNY'), money('0.01', 'CNY'), money('80', 'CNY')];
 * console.log(toDecimalString(sumMoney(lines, 'CNY'))); // 100.00
 * console.log(toDecimalString(sumMoney([], 'CNY'))); // 0.00
 * ```
 */
export function sumMoney(items: Iterable<Money>, currency: string): Money {
  const code = readCurrency(currency, 'sumMoney');
  let total = ZERO_DECIMAL;
  let index = 0;
  for (const item of items) {
    if (item.currency !== code) {
      const sum = { amount: total, currency: code };
      throw currencyMismatch('sumMoney', (a, b) => `add item ${index}, ${b}, to ${a}`, sum, item);
    }
    requireExactSum(total, item.amount, 'sumMoney');
    total = total.plus(item.amount);
    index++;
  }
  return { amount: total, currency: code };
}
