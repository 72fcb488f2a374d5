import type { Money } from '@receivables/core';
import fc from 'fast-check';
import { exactAmountArbitrary } from '../_internals/exactAmountArbitrary.ts';
import { DEFAULT_CURRENCIES, readCurrencies } from '../_internals/readCurrencies.ts';

/** Options of {@link moneyArbitrary}. */
export interface MoneyArbitraryOptions {
  /**
   * The ISO 4217 codes to draw from; failures shrink towards the first.
   * @defaultValue `['CNY', 'USD', 'EUR', 'JPY', 'KWD']`
   */
  readonly currencies?: readonly string[];
  /**
   * The smallest amount in major units; it must fit every currency's minor unit.
   * @defaultValue one minor unit of the drawn currency
   */
  readonly min?: string;
  /**
   * The largest amount in major units; it must fit every currency's minor unit.
   * @defaultValue `'1000000'`
   */
  readonly max?: string;
}

/**
 * A fast-check arbitrary of amounts with their currency, each amount exact to that currency's minor
 * unit (whole yen, fils to three decimals). Built as one amount arbitrary per currency, so a failure
 * shrinks both the currency and the amount.
 *
 * @param options - The currencies and the amount range.
 * @returns An arbitrary of {@link Money} values `{ amount, currency }`.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for an empty or repeating list, or min above max;
 *   `INVALID_CURRENCY` for an unknown code; `INVALID_AMOUNT` for a bound that is not a number;
 *   `AMOUNT_TOO_PRECISE` for a bound finer than some currency's minor unit.
 *
 * @example
 * ```ts
 * import { moneyArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const [money] = fc.sample(moneyArbitrary({ currencies: ['JPY'], min: '500', max: '500' }), 1);
 * console.log(money?.currency, money?.amount.toString()); // JPY 500
 * ```
 */
export function moneyArbitrary(options: MoneyArbitraryOptions = {}): fc.Arbitrary<Money> {
  const currencies = readCurrencies('moneyArbitrary', options.currencies ?? DEFAULT_CURRENCIES);
  return fc.oneof(
    { withCrossShrink: true },
    ...currencies.map((currency) =>
      exactAmountArbitrary('moneyArbitrary', currency, options.min, options.max).map((amount) => ({
        amount,
        currency,
      })),
    ),
  );
}
