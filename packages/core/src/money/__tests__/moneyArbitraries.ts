import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { currencyMinorUnits } from '../currencyMinorUnits.ts';
import { decimal } from '../decimal.ts';
import { type Money, money } from '../money.ts';

/**
 * fast-check generators for the money tests. They belong in the shared testing package once it offers
 * money arbitraries; until then they live beside the tests that use them.
 */

/** Currencies with 0, 2 and 3 minor units. */
export const currencyArbitrary: fc.Arbitrary<string> = fc.constantFrom(
  'CNY',
  'USD',
  'EUR',
  'JPY',
  'KRW',
  'KWD',
);

const UNITS_LIMIT = 10n ** 20n;

/** A whole count of minor units, sometimes small, sometimes beyond 2^53. */
export const unitsArbitrary: fc.Arbitrary<bigint> = fc.oneof(
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: -UNITS_LIMIT, max: UNITS_LIMIT }),
);

/** Money at its currency's scale, built from minor units. */
export function moneyIn(currency: string, units: fc.Arbitrary<bigint> = unitsArbitrary): fc.Arbitrary<Money> {
  const minorUnits = currencyMinorUnits(currency);
  return units.map((count) => money(decimal(`${count}e-${minorUnits}`), currency));
}

/** A currency and several amounts in it. */
export function sameCurrencyMoney(count: number): fc.Arbitrary<{ currency: string; values: Money[] }> {
  return currencyArbitrary.chain((currency) =>
    fc
      .array(moneyIn(currency), { minLength: count, maxLength: count })
      .map((values) => ({ currency, values })),
  );
}

/** A decimal with up to 12 decimal places and up to 20 integer digits, of either sign. */
export const decimalArbitrary: fc.Arbitrary<Decimal> = fc
  .tuple(fc.bigInt({ min: -(10n ** 32n), max: 10n ** 32n }), fc.integer({ min: 0, max: 12 }))
  .map(([digits, scale]) => decimal(`${digits}e-${scale}`));
