import type { Decimal } from 'decimal.js';
import { readCurrency } from '../_internals/moneyReadCurrency.ts';
import { readDecimal } from '../_internals/moneyReadDecimal.ts';
import { amountTooPrecise } from '../_internals/moneyTooPrecise.ts';
import { describeValue } from '../errors/describeValue.ts';
import type { AmountInput } from './AmountInput.ts';
import { currencyMinorUnits } from './currencyMinorUnits.ts';

/**
 * An exact amount of one currency: plain immutable data, handled by functions such as `addMoney`.
 * Build it with `money()` or `zeroMoney()`, which check the currency and the amount's scale; an amount
 * written by hand must come from `decimal()` so that arithmetic keeps the suite's precision.
 *
 * The amount may carry more decimals than the currency after `multiplyMoney`; `roundMoney` brings it back.
 */
export interface Money {
  /** The exact amount, a decimal of the suite (see `decimal()`). */
  readonly amount: Decimal;
  /** An uppercase ISO 4217 code such as `CNY`. */
  readonly currency: string;
}

/** Options of {@link money}. */
export interface MoneyOptions {
  /** Names the value in error messages, e.g. `invoices[3].amount`. */
  readonly field?: string;
}

/**
 * Makes exact money from an amount and a currency, refusing amounts finer than the currency's minor unit
 * rather than rounding them: `money('1.005', 'CNY')` is an error, not CNY 1.01.
 *
 * @param amount - A decimal string (`"1234.50"`), a finite number (`1234.5`) or a `Decimal`; trailing
 *   zeros are fine.
 * @param currency - An uppercase ISO 4217 code the platform knows.
 * @param options - The field name used in error messages.
 * @returns The money value.
 * @throws {ReceivablesError} `INVALID_CURRENCY` for an unknown or lower-case code; `INVALID_AMOUNT` for
 *   NaN, Infinity, malformed text (`"12,5"`, `""`) or another type; `AMOUNT_TOO_PRECISE` when the amount
 *   has more decimal places than the currency (`12.345` CNY, `1.5` JPY); `AMOUNT_OUT_OF_RANGE` when it is
 *   10^1000 or more in size.
 *
 * @example
 * ```ts
 * import { money, toDecimalString } from '@receivables/core';
 *
 * console.log(toDecimalString(money('12.5000', 'CNY'))); // 12.50
 * try {
 *   money(12.345, 'CNY');
 * } catch (error) {
 *   console.log((error as Error).message); // money: 12.345 has 3 decimal places but CNY allows 2
 * }
 * ```
 */
export function money(amount: AmountInput, currency: string, options: MoneyOptions = {}): Money {
  const { field } = options;
  const code = readCurrency(currency, 'money', field);
  const value = readDecimal(amount, 'money', { field });
  const minorUnits = currencyMinorUnits(code);
  if (value.decimalPlaces() > minorUnits) {
    throw amountTooPrecise({
      api: 'money',
      shown: describeValue(amount),
      amount: value,
      currency: code,
      allowed: minorUnits,
      field,
    });
  }
  return { amount: value, currency: code };
}
