import fc from 'fast-check';
import { hostileNumberArbitrary } from './hostileNumberArbitrary.ts';
import { hostileStringArbitrary } from './hostileStringArbitrary.ts';

/**
 * A fast-check arbitrary of amount inputs near and beyond the edges: 30-digit integers with and without
 * decimals, amounts in exponent form (`"1e30"`, `"1e999"`, `"1e-99999999999999999"`), signs, spaces and
 * separators (`" 1"`, `"+1"`, `"1,000.00"`), disguised numbers (`"0x10"`, `"１２"`), hostile numbers
 * (`NaN`, `1e308`, `-0`) and non-amounts (`null`, objects, arrays).
 *
 * @returns An arbitrary of values offered as amounts.
 *
 * @example
 * ```ts
 * import { hostileAmountArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const amounts = fc.sample(hostileAmountArbitrary(), { numRuns: 300, seed: 1 });
 * console.log(amounts.some((amount) => typeof amount === 'string' && /^\d{30}/.test(amount))); // true
 * ```
 */
export function hostileAmountArbitrary(): fc.Arbitrary<unknown> {
  const digits = (min: number, max: number): fc.Arbitrary<string> =>
    fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), minLength: min, maxLength: max });
  return fc.oneof(
    {
      arbitrary: fc
        .tuple(
          fc.constantFrom('', '-', '+'),
          fc.constantFrom('1', '9'),
          digits(29, 29),
          fc.constantFrom('', '.00', '.5', '.001'),
        )
        .map(([sign, lead, rest, decimals]) => `${sign}${lead}${rest}${decimals}`),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(
          fc.constantFrom('1', '9.99', '-1', '0.01', '0'),
          fc.constantFrom(1, 29, 30, 31, 59, 60, 61, 308, 999, 99999, 9e15, 1e17),
          fc.boolean(),
        )
        .map(([mantissa, exponent, negative]) => `${mantissa}e${negative ? '-' : ''}${exponent}`),
      weight: 2,
    },
    { arbitrary: digits(1, 70).map((text) => (text === '' ? '0' : text)), weight: 1 },
    { arbitrary: hostileStringArbitrary({ maxLength: 100 }), weight: 2 },
    { arbitrary: hostileNumberArbitrary(), weight: 2 },
    { arbitrary: fc.constantFrom(null, undefined, true, {}, [], { amount: '1' }, ['1']), weight: 1 },
  );
}
