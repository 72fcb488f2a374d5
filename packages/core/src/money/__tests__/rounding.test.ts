import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal } from '../decimal.ts';
import { type Money, money } from '../money.ts';
import { multiplyMoney } from '../multiplyMoney.ts';
import type { RoundingMode } from '../RoundingMode.ts';
import { roundCeiling } from '../roundCeiling.ts';
import { roundDown } from '../roundDown.ts';
import { roundFloor } from '../roundFloor.ts';
import { roundHalfDown } from '../roundHalfDown.ts';
import { roundHalfEven } from '../roundHalfEven.ts';
import { roundHalfUp } from '../roundHalfUp.ts';
import { roundMoney } from '../roundMoney.ts';
import { roundUp } from '../roundUp.ts';
import { toDecimalString } from '../toDecimalString.ts';
import { currencyArbitrary, decimalArbitrary } from './moneyArbitraries.ts';

const modes: Record<string, RoundingMode> = {
  roundHalfUp,
  roundHalfEven,
  roundHalfDown,
  roundDown,
  roundUp,
  roundFloor,
  roundCeiling,
};

describe('rounding modes', () => {
  it.each([
    [roundHalfUp, '2.345', '2.35'],
    [roundHalfEven, '2.345', '2.34'],
    [roundHalfUp, '-2.345', '-2.35'],
    [roundHalfEven, '2.355', '2.36'],
    [roundUp, '2.341', '2.35'],
    [roundDown, '-2.349', '-2.34'],
  ] as const)('%o rounds %s to %s', (mode, value, expected) => {
    expect(mode(decimal(value), 2).toString()).toBe(expected);
  });

  // One row per value; columns in the order of `modes`.
  it.each([
    ['2.345', ['2.35', '2.34', '2.34', '2.34', '2.35', '2.34', '2.35']],
    ['-2.345', ['-2.35', '-2.34', '-2.34', '-2.34', '-2.35', '-2.35', '-2.34']],
    ['2.335', ['2.34', '2.34', '2.33', '2.33', '2.34', '2.33', '2.34']],
    ['2.3451', ['2.35', '2.35', '2.35', '2.34', '2.35', '2.34', '2.35']],
    ['-2.3449', ['-2.34', '-2.34', '-2.34', '-2.34', '-2.35', '-2.35', '-2.34']],
    ['2.34', ['2.34', '2.34', '2.34', '2.34', '2.34', '2.34', '2.34']],
    ['0.005', ['0.01', '0', '0', '0', '0.01', '0', '0.01']],
  ])('rounds %s to 2 places in every mode', (value, expected) => {
    const actual = Object.values(modes).map((mode) => mode(decimal(value), 2).toString());
    expect(actual).toEqual(expected);
  });

  it('rounds to whole units with 0 places', () => {
    expect(roundHalfUp(decimal('2.5'), 0).toString()).toBe('3');
    expect(roundHalfEven(decimal('2.5'), 0).toString()).toBe('2');
    expect(roundHalfEven(decimal('3.5'), 0).toString()).toBe('4');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2e9])(
    'refuses %s decimal places with INVALID_ARGUMENT naming the mode',
    (places) => {
      for (const [name, mode] of Object.entries(modes)) {
        expect(() => mode(decimal('1.5'), places)).toThrow(
          expect.objectContaining({
            code: 'INVALID_ARGUMENT',
            message: expect.stringMatching(new RegExp(`^${name}: `)),
          }),
        );
      }
    },
  );
});

describe('roundMoney', () => {
  const interest = multiplyMoney(money('4.69', 'CNY'), '0.5');

  it('rounds half up to the minor unit by default', () => {
    expect(toDecimalString(roundMoney(interest))).toBe('2.35');
    expect(toDecimalString(roundMoney(multiplyMoney(money('-4.69', 'CNY'), '0.5')))).toBe('-2.35');
    expect(toDecimalString(roundMoney(multiplyMoney(money('125', 'JPY'), '0.1')))).toBe('13');
    expect(toDecimalString(roundMoney(multiplyMoney(money('1.001', 'KWD'), '0.5')))).toBe('0.501');
  });

  it('uses the mode and decimal places given', () => {
    expect(toDecimalString(roundMoney(interest, { mode: roundHalfEven }))).toBe('2.34');
    expect(roundMoney(interest, { decimalPlaces: 1 }).amount.toString()).toBe('2.3');
    expect(roundMoney(interest, { mode: roundCeiling, decimalPlaces: 0 }).amount.toString()).toBe('3');
  });

  it('returns the value itself when it is already that precise', () => {
    const value = money('2.35', 'CNY');
    expect(roundMoney(value)).toBe(value);
  });

  it('refuses a mode that is not a function and bad decimal places with INVALID_ARGUMENT', () => {
    expect(() => roundMoney(interest, { mode: 'halfUp' as never })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'roundMoney: mode is not a rounding function',
      }),
    );
    expect(() => roundMoney(interest, { decimalPlaces: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^roundMoney: /) }),
    );
  });
});

describe('properties', () => {
  const places = fc.integer({ min: 0, max: 6 });
  const unit = (decimalPlaces: number): Decimal => decimal(`1e-${decimalPlaces}`);

  it('every mode is idempotent: rounding a rounded value changes nothing', () => {
    fc.assert(
      fc.property(decimalArbitrary, places, (value, decimalPlaces) => {
        for (const mode of Object.values(modes)) {
          const once = mode(value, decimalPlaces);
          expect(mode(once, decimalPlaces).equals(once)).toBe(true);
        }
      }),
    );
  });

  it('every mode stays within one unit of the exact value and keeps at most the places asked', () => {
    fc.assert(
      fc.property(decimalArbitrary, places, (value, decimalPlaces) => {
        for (const mode of Object.values(modes)) {
          const rounded = mode(value, decimalPlaces);
          expect(rounded.minus(value).abs().lessThan(unit(decimalPlaces))).toBe(true);
          expect(rounded.decimalPlaces()).toBeLessThanOrEqual(decimalPlaces);
        }
      }),
    );
  });

  it('the half modes round to nearest: within half a unit', () => {
    fc.assert(
      fc.property(decimalArbitrary, places, (value, decimalPlaces) => {
        const half = unit(decimalPlaces).dividedBy(2);
        for (const mode of [roundHalfUp, roundHalfEven, roundHalfDown]) {
          expect(mode(value, decimalPlaces).minus(value).abs().lessThanOrEqualTo(half)).toBe(true);
        }
      }),
    );
  });

  it('orders the modes: floor <= every mode <= ceiling', () => {
    fc.assert(
      fc.property(decimalArbitrary, places, (value, decimalPlaces) => {
        const floor = roundFloor(value, decimalPlaces);
        const ceiling = roundCeiling(value, decimalPlaces);
        for (const mode of Object.values(modes)) {
          const rounded = mode(value, decimalPlaces);
          expect(floor.lessThanOrEqualTo(rounded) && rounded.lessThanOrEqualTo(ceiling)).toBe(true);
        }
      }),
    );
  });

  it('orders the modes by magnitude: down <= half-down <= half-even <= half-up <= up, in absolute value', () => {
    fc.assert(
      fc.property(decimalArbitrary, places, (value, decimalPlaces) => {
        const sizes = [roundDown, roundHalfDown, roundHalfEven, roundHalfUp, roundUp].map((mode) =>
          mode(value, decimalPlaces).abs(),
        );
        for (let i = 1; i < sizes.length; i++) expect(sizes[i - 1]!.lessThanOrEqualTo(sizes[i]!)).toBe(true);
      }),
    );
  });

  it('the sign-blind modes are symmetric: mode(-x) = -mode(x), and floor(-x) = -ceiling(x)', () => {
    fc.assert(
      fc.property(decimalArbitrary, places, (value, decimalPlaces) => {
        for (const mode of [roundHalfUp, roundHalfEven, roundHalfDown, roundDown, roundUp]) {
          expect(mode(value.negated(), decimalPlaces).equals(mode(value, decimalPlaces).negated())).toBe(
            true,
          );
        }
        expect(
          roundFloor(value.negated(), decimalPlaces).equals(roundCeiling(value, decimalPlaces).negated()),
        ).toBe(true);
      }),
    );
  });

  it('roundMoney brings any product back to the currency scale', () => {
    fc.assert(
      fc.property(currencyArbitrary, decimalArbitrary, (currency, value) => {
        const product: Money = { amount: value, currency };
        expect(() => toDecimalString(roundMoney(product))).not.toThrow();
      }),
    );
  });
});
