import fc from 'fast-check';
import { DEFAULT_CURRENCIES, readCurrencies } from '../_internals/readCurrencies.ts';

/** Options of {@link currencyArbitrary}. */
export interface CurrencyArbitraryOptions {
  /**
   * The ISO 4217 codes to draw from; failures shrink towards the first.
   * @defaultValue `['CNY', 'USD', 'EUR', 'JPY', 'KWD']` (minor units 2, 2, 2, 0 and 3)
   */
  readonly currencies?: readonly string[];
}

/**
 * A fast-check arbitrary of ISO 4217 currency codes. The default list mixes minor units of 0, 2 and 3
 * digits, so properties meet every rounding case.
 *
 * @param options - The codes to draw from.
 * @returns An arbitrary of currency codes.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for an empty list or a repeated code;
 *   `INVALID_CURRENCY` for an unknown code.
 *
 * @example
 * ```ts
 * import { currencyArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const codes = fc.sample(currencyArbitrary({ currencies: ['JPY'] }), 3);
 * console.log(codes.join(' ')); // JPY JPY JPY
 * ```
 */
export function currencyArbitrary(options: CurrencyArbitraryOptions = {}): fc.Arbitrary<string> {
  return fc.constantFrom(...readCurrencies('currencyArbitrary', options.currencies ?? DEFAULT_CURRENCIES));
}
