import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMoney } from '../compareMoney.ts';
import { equalsMoney } from '../equalsMoney.ts';
import { isNegativeMoney } from '../isNegativeMoney.ts';
import { isPositiveMoney } from '../isPositiveMoney.ts';
import { isZeroMoney } from '../isZeroMoney.ts';
import { maxMoney } from '../maxMoney.ts';
import { minMoney } from '../minMoney.ts';
import { type Money, money } from '../money.ts';
import { negateMoney } from '../negateMoney.ts';
import { subtractMoney } from '../subtractMoney.ts';
import { sameCurrencyMoney } from './moneyArbitraries.ts';

const cny = (amount: string): Money => money(amount, 'CNY');

describe('compareMoney and equalsMoney', () => {
  it('order by value, whatever the trailing zeros', () => {
    expect(compareMoney(cny('9.99'), cny('10'))).toBe(-1);
    expect(compareMoney(cny('10'), cny('9.99'))).toBe(1);
    expect(compareMoney(cny('12.5'), cny('12.50'))).toBe(0);
    expect(equalsMoney(cny('12.5'), cny('12.50'))).toBe(true);
    expect(equalsMoney(cny('12.5'), cny('12.51'))).toBe(false);
  });

  it('sort an array when used as the comparator', () => {
    const sorted = [cny('3'), cny('-1'), cny('2.5')]
      .sort(compareMoney)
      .map((value) => value.amount.toString());
    expect(sorted).toEqual(['-1', '2.5', '3']);
  });

  it.each([
    [compareMoney, 'compareMoney: cannot compare CNY 1.00 with USD 1.00: the currencies differ'],
    [equalsMoney, 'equalsMoney: cannot compare CNY 1.00 with USD 1.00: the currencies differ'],
    [minMoney, 'minMoney: cannot compare CNY 1.00 with USD 1.00: the currencies differ'],
    [maxMoney, 'maxMoney: cannot compare CNY 1.00 with USD 1.00: the currencies differ'],
  ] as const)('%o refuses different currencies with CURRENCY_MISMATCH', (compare, message) => {
    expect(() => compare(cny('1'), money('1', 'USD'))).toThrow(
      expect.objectContaining({ code: 'CURRENCY_MISMATCH', message }),
    );
  });
});

describe('sign predicates', () => {
  it.each([
    ['-0.01', false, true, false],
    ['0', true, false, false],
    ['0.00', true, false, false],
    ['0.01', false, false, true],
  ])('%s: zero %s, negative %s, positive %s', (amount, zero, negative, positive) => {
    const value = cny(amount);
    expect([isZeroMoney(value), isNegativeMoney(value), isPositiveMoney(value)]).toEqual([
      zero,
      negative,
      positive,
    ]);
  });

  it('treat a negative zero from decimal.js as zero', () => {
    const negativeZero = { amount: cny('0').amount.negated(), currency: 'CNY' };
    expect([isZeroMoney(negativeZero), isNegativeMoney(negativeZero), isPositiveMoney(negativeZero)]).toEqual(
      [true, false, false],
    );
  });
});

describe('minMoney and maxMoney', () => {
  it('return the smaller and the larger operand itself, the first on a tie', () => {
    const [a, b] = [cny('500'), cny('320.40')];
    expect(minMoney(a, b)).toBe(b);
    expect(maxMoney(a, b)).toBe(a);
    const [c, d] = [cny('1.5'), cny('1.50')];
    expect(minMoney(c, d)).toBe(c);
    expect(maxMoney(c, d)).toBe(c);
  });
});

describe('properties', () => {
  it('compareMoney is antisymmetric: compare(a, b) = -compare(b, a)', () => {
    fc.assert(
      fc.property(sameCurrencyMoney(2), ({ values: [a, b] }) => {
        expect(compareMoney(a!, b!)).toBe(-compareMoney(b!, a!) || 0);
      }),
    );
  });

  it('compareMoney agrees with the sign of the difference', () => {
    fc.assert(
      fc.property(sameCurrencyMoney(2), ({ values: [a, b] }) => {
        const difference = subtractMoney(a!, b!);
        const sign = isNegativeMoney(difference) ? -1 : isPositiveMoney(difference) ? 1 : 0;
        expect(compareMoney(a!, b!)).toBe(sign);
        expect(equalsMoney(a!, b!)).toBe(sign === 0);
      }),
    );
  });

  it('exactly one sign predicate holds, and negation swaps negative and positive', () => {
    fc.assert(
      fc.property(sameCurrencyMoney(1), ({ values: [a] }) => {
        const flags = [isNegativeMoney(a!), isZeroMoney(a!), isPositiveMoney(a!)];
        expect(flags.filter(Boolean)).toHaveLength(1);
        expect(isNegativeMoney(negateMoney(a!))).toBe(isPositiveMoney(a!));
      }),
    );
  });

  it('min and max return one of their operands, in order: min(a, b) <= max(a, b)', () => {
    fc.assert(
      fc.property(sameCurrencyMoney(2), ({ values: [a, b] }) => {
        const low = minMoney(a!, b!);
        const high = maxMoney(a!, b!);
        expect(compareMoney(low, high)).toBeLessThanOrEqual(0);
        expect([a, b]).toContain(low);
        expect([a, b]).toContain(high);
      }),
    );
  });
});
