import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from '../allocate.ts';
import { currencyMinorUnits } from '../currencyMinorUnits.ts';
import { decimal } from '../decimal.ts';
import { isNegativeMoney } from '../isNegativeMoney.ts';
import { type Money, money } from '../money.ts';
import { multiplyMoney } from '../multiplyMoney.ts';
import { sumMoney } from '../sumMoney.ts';
import { toDecimalString } from '../toDecimalString.ts';
import { currencyArbitrary, moneyIn } from './moneyArbitraries.ts';

const parts = (amount: Money, ratios: readonly (string | number | Decimal)[]): string[] =>
  allocate(amount, ratios).map(toDecimalString);

describe('allocate', () => {
  it.each([
    ['100.00', 'CNY', [1, 1, 1], ['33.34', '33.33', '33.33']],
    ['0.05', 'CNY', [3, 6, 1], ['0.02', '0.03', '0.00']],
    ['100', 'JPY', [1, 1, 1], ['34', '33', '33']],
    ['1.000', 'KWD', [1, 1, 1], ['0.334', '0.333', '0.333']],
    ['100.00', 'CNY', ['0.3', '0.7'], ['30.00', '70.00']],
    ['100.00', 'CNY', [1, 0, 1], ['50.00', '0.00', '50.00']],
    ['0.01', 'CNY', [1, 1, 1], ['0.01', '0.00', '0.00']],
    ['0.02', 'CNY', [1, 1, 1], ['0.01', '0.01', '0.00']],
    ['0.00', 'CNY', [1, 2], ['0.00', '0.00']],
    ['10.00', 'CNY', [5], ['10.00']],
    ['100.00', 'CNY', [1, 2, 2], ['20.00', '40.00', '40.00']],
    ['1.00', 'CNY', [1, 1, 1, 1, 1, 1], ['0.17', '0.17', '0.17', '0.17', '0.16', '0.16']],
    ['0.10', 'CNY', [new Decimal('2.5'), '7.5'], ['0.03', '0.07']],
  ] as const)('splits %s %s by %j into %j', (amount, currency, ratios, expected) => {
    expect(parts(money(amount, currency), ratios)).toEqual(expected);
  });

  it('gives the leftover units to the largest remainders, not to the first parts', () => {
    // Exact shares 0.0333…, 0.0666…: the second part's remainder (2/3 unit) wins over the first's (1/3).
    expect(parts(money('0.10', 'CNY'), [1, 2])).toEqual(['0.03', '0.07']);
  });

  it('splits a negative amount as its size, negated', () => {
    expect(parts(money('-100.00', 'CNY'), [1, 1, 1])).toEqual(['-33.34', '-33.33', '-33.33']);
    const zeroPart = allocate(money('-0.01', 'CNY'), [1, 1])[1]!;
    expect(isNegativeMoney(zeroPart)).toBe(false);
  });

  it('keeps the currency on every part', () => {
    expect(allocate(money('100', 'JPY'), [1, 1]).map((part) => part.currency)).toEqual(['JPY', 'JPY']);
  });

  it('refuses an amount finer than a minor unit with AMOUNT_TOO_PRECISE', () => {
    const product = multiplyMoney(money('0.01', 'CNY'), '0.5');
    expect(() => allocate(product, [1, 1])).toThrow(
      expect.objectContaining({
        code: 'AMOUNT_TOO_PRECISE',
        message: 'allocate: CNY 0.005 has 3 decimal places but CNY allows 2; round it first with roundMoney',
      }),
    );
  });

  it.each([
    [[], 'allocate: no ratios given; give at least one'],
    [[1, -1], 'allocate: ratios[1]: -1 is negative; ratios must be zero or more'],
    [[1, '-0.5'], 'allocate: ratios[1]: "-0.5" is negative; ratios must be zero or more'],
    [[0, 0], 'allocate: every ratio is zero; at least one must be positive'],
    [[1, Number.NaN], 'allocate: ratios[1]: NaN is not a finite number'],
    [[Number.POSITIVE_INFINITY], 'allocate: ratios[0]: Infinity is not a finite number'],
    [['1', '12,5'], 'allocate: ratios[1]: "12,5" is not a decimal number'],
    [[''], 'allocate: ratios[0]: "" is not a decimal number'],
    [[1, 2, null], 'allocate: ratios[2]: null is not a decimal number'],
  ])('refuses the ratios %j with INVALID_ARGUMENT', (ratios, message) => {
    expect(() => allocate(money('1', 'CNY'), ratios as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message }),
    );
  });

  it('refuses ratios that are not an array with INVALID_ARGUMENT', () => {
    expect(() => allocate(money('1', 'CNY'), '1,1' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('properties', () => {
  const ratioArbitrary = fc.oneof(
    fc.integer({ min: 0, max: 1000 }),
    fc.integer({ min: 0, max: 10 ** 6 }).map((n) => decimal(`${n}e-4`).toString()),
  );
  const caseArbitrary = currencyArbitrary.chain((currency) =>
    fc.record({
      amount: moneyIn(currency),
      ratios: fc
        .array(ratioArbitrary, { minLength: 1, maxLength: 12 })
        .filter((ratios) => ratios.some((r) => Number(r) > 0)),
    }),
  );

  /** The exact share of each part, in minor units. */
  function exactUnits(amount: Money, ratios: readonly (string | number)[]): Decimal[] {
    const total = ratios.reduce<Decimal>((sum, ratio) => sum.plus(ratio), decimal(0));
    const units = amount.amount.times(decimal(10).pow(currencyMinorUnits(amount.currency)));
    return ratios.map((ratio) => units.times(ratio).dividedBy(total));
  }

  it('preserves the total: the parts sum exactly to the amount', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ amount, ratios }) => {
        const total = sumMoney(allocate(amount, ratios), amount.currency);
        expect(total.amount.equals(amount.amount)).toBe(true);
      }),
    );
  });

  it('is fair: each part is within one minor unit of its exact share', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ amount, ratios }) => {
        const shares = exactUnits(amount, ratios);
        const scale = decimal(10).pow(currencyMinorUnits(amount.currency));
        allocate(amount, ratios).forEach((part, index) => {
          expect(part.amount.times(scale).minus(shares[index]!).abs().lessThan(1)).toBe(true);
        });
      }),
    );
  });

  it('gives a zero ratio a zero part', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ amount, ratios }) => {
        allocate(amount, ratios).forEach((part, index) => {
          if (Number(ratios[index]) === 0) expect(part.amount.isZero()).toBe(true);
        });
      }),
    );
  });

  it('is deterministic: the same input gives the same parts', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ amount, ratios }) => {
        expect(allocate(amount, ratios).map(toDecimalString)).toEqual(
          allocate(amount, ratios).map(toDecimalString),
        );
      }),
    );
  });

  it('depends only on proportions: scaling every ratio by a positive constant gives the same parts', () => {
    const factorArbitrary = fc.oneof(
      fc.integer({ min: 1, max: 1000 }).map(String),
      fc.constantFrom('0.5', '0.001', '3.7'),
    );
    fc.assert(
      fc.property(caseArbitrary, factorArbitrary, ({ amount, ratios }, factor) => {
        const scaled = ratios.map((ratio) => decimal(ratio).times(factor));
        expect(allocate(amount, scaled).map(toDecimalString)).toEqual(
          allocate(amount, ratios).map(toDecimalString),
        );
      }),
    );
  });

  it('treats credits like charges: allocating -a gives the negated parts of a', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ amount, ratios }) => {
        const negated = { amount: amount.amount.negated(), currency: amount.currency };
        const expected = allocate(amount, ratios).map((part) => part.amount.negated());
        allocate(negated, ratios).forEach((part, index) => {
          expect(part.amount.equals(expected[index]!)).toBe(true);
        });
      }),
    );
  });
});
