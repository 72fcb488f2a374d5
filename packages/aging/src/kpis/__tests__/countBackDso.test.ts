import { addDays } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SalesMonth } from '../../index.ts';
import { countBackDso, standardDso } from '../../index.ts';
import { amount, positiveAmount } from './kpiArbitraries.ts';

const counted = (endingReceivables: string | number, months: readonly SalesMonth[]) => {
  const result = countBackDso({ endingReceivables, months });
  return {
    days: result.days.toString(),
    monthsCounted: result.monthsCounted,
    exhausted: result.exhausted,
    unmatched: result.unmatchedReceivables.toString(),
  };
};

describe('countBackDso', () => {
  it('counts back whole months, then the fraction of the month that exceeds what is left (spec §7.4)', () => {
    // 30 + 31 + 300/500 × 30
    expect(
      counted(1000, [
        { sales: 400, days: 30 },
        { sales: 300, days: 31 },
        { sales: 500, days: 30 },
      ]),
    ).toEqual({ days: '79', monthsCounted: 3, exhausted: false, unmatched: '0' });
  });

  it('stops inside the second month when its sales exceed what is left', () => {
    // 31 + 150/300 × 28; January is never reached.
    expect(
      counted('650.00', [
        { sales: '500.00', days: 31 },
        { sales: '300.00', days: 28 },
        { sales: '200.00', days: 31 },
      ]),
    ).toEqual({ days: '45', monthsCounted: 2, exhausted: false, unmatched: '0' });
  });

  it('counts part of the newest month only when its sales cover the receivables', () => {
    expect(counted(100, [{ sales: 300, days: 31 }])).toEqual({
      days: '10.3333333333333333333333333333333333333333333333333333333333',
      monthsCounted: 1,
      exhausted: false,
      unmatched: '0',
    });
  });

  it('passes over a month without sales while receivables remain, adding its days', () => {
    // 31 (no sales) + 30 + 300/600 × 31
    expect(
      counted(700, [
        { sales: 0, days: 31 },
        { sales: 400, days: 30 },
        { sales: 600, days: 31 },
      ]),
    ).toEqual({ days: '76.5', monthsCounted: 3, exhausted: false, unmatched: '0' });
  });

  it('stops at a month whose sales use the receivables up exactly', () => {
    expect(
      counted(700, [
        { sales: 400, days: 30 },
        { sales: 300, days: 31 },
        { sales: 500, days: 30 },
      ]),
    ).toEqual({ days: '61', monthsCounted: 2, exhausted: false, unmatched: '0' });
  });

  it('does not add the days of a month without sales once the receivables are used up', () => {
    expect(
      counted(400, [
        { sales: 400, days: 30 },
        { sales: 0, days: 31 },
      ]),
    ).toEqual({ days: '30', monthsCounted: 1, exhausted: false, unmatched: '0' });
  });

  it('is zero days, with no month counted, when nothing is owed', () => {
    expect(counted(0, [{ sales: 0, days: 31 }])).toEqual({
      days: '0',
      monthsCounted: 0,
      exhausted: false,
      unmatched: '0',
    });
  });

  it('reports running out of history: all days as a lower bound, exhausted, and what is unmatched', () => {
    expect(
      counted(1500, [
        { sales: 400, days: 30 },
        { sales: 300, days: 31 },
      ]),
    ).toEqual({ days: '61', monthsCounted: 2, exhausted: true, unmatched: '800' });
    expect(
      counted(500, [
        { sales: 400, days: 30 },
        { sales: 0, days: 31 },
      ]),
    ).toEqual({ days: '61', monthsCounted: 2, exhausted: true, unmatched: '100' });
  });

  it.each([
    [[], 'countBackDso: months: an array of 0 is not a non-empty array of { sales, days }, newest first'],
    ['400/30', 'countBackDso: months: "400/30" is not a non-empty array of { sales, days }, newest first'],
    [[null], 'countBackDso: months[0]: null is not a month of sales { sales, days }'],
    [
      [
        { sales: 1, days: 30 },
        { sales: 1, days: 0 },
      ],
      'countBackDso: months[1].days: 0 is not a positive whole number of days',
    ],
    [[{ sales: 1, days: 30.5 }], 'countBackDso: months[0].days: 30.5 is not a positive whole number of days'],
    [[{ sales: 1, days: '30' }], 'countBackDso: months[0].days: "30" is not a positive whole number of days'],
  ])('refuses the months %j with INVALID_ARGUMENT', (months, message) => {
    expect(() => countBackDso({ endingReceivables: 1, months: months as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message }),
    );
  });

  it('checks every month, even those the receivables do not reach', () => {
    expect(() =>
      countBackDso({
        endingReceivables: 10,
        months: [
          { sales: 100, days: 31 },
          { sales: -5, days: 30 },
        ],
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_AMOUNT',
        message: 'countBackDso: months[1].sales: -5 is negative; it must be zero or more',
      }),
    );
  });

  it('refuses negative or malformed receivables with INVALID_AMOUNT', () => {
    expect(() => countBackDso({ endingReceivables: '-1', months: [{ sales: 1, days: 30 }] })).toThrow(
      expect.objectContaining({
        code: 'INVALID_AMOUNT',
        message: 'countBackDso: endingReceivables: "-1" is negative; it must be zero or more',
      }),
    );
    expect(() => countBackDso({ endingReceivables: '1 000', months: [{ sales: 1, days: 30 }] })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT' }),
    );
  });
});

const month: fc.Arbitrary<SalesMonth> = fc.record({ sales: amount, days: fc.integer({ min: 28, max: 31 }) });
const history = fc.array(month, { minLength: 1, maxLength: 13 });
const totalDays = (months: readonly SalesMonth[]): number =>
  months.reduce((sum, entry) => sum + entry.days, 0);

describe('properties', () => {
  it('lies between 0 and the days of all months given', () => {
    fc.assert(
      fc.property(amount, history, (receivables, months) => {
        const { days } = countBackDso({ endingReceivables: receivables, months });
        expect(days.isNegative()).toBe(false);
        expect(days.lessThanOrEqualTo(totalDays(months))).toBe(true);
      }),
    );
  });

  it('is monotone in ending receivables: more owed never counts fewer days', () => {
    fc.assert(
      fc.property(amount, amount, history, (receivables, extra, months) => {
        const low = countBackDso({ endingReceivables: receivables, months });
        const high = countBackDso({ endingReceivables: receivables.plus(extra), months });
        expect(high.days.greaterThanOrEqualTo(low.days)).toBe(true);
        expect(high.monthsCounted).toBeGreaterThanOrEqual(low.monthsCounted);
      }),
    );
  });

  it('is exhausted exactly when receivables exceed the sales of all months, and then counts every day', () => {
    fc.assert(
      fc.property(amount, history, (receivables, months) => {
        const result = countBackDso({ endingReceivables: receivables, months });
        const sales = months.reduce((sum, entry) => sum.plus(entry.sales), receivables.times(0));
        expect(result.exhausted).toBe(receivables.greaterThan(sales));
        expect(result.unmatchedReceivables.equals(result.exhausted ? receivables.minus(sales) : 0)).toBe(
          true,
        );
        if (result.exhausted) expect(result.days.toNumber()).toBe(totalDays(months));
      }),
    );
  });

  it('agrees with standard DSO when every month has the same sales and days', () => {
    fc.assert(
      fc.property(
        positiveAmount,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 1000 }),
        (sales, count, permille) => {
          const months = Array.from({ length: count }, () => ({ sales, days: 30 }));
          const receivables = sales.times(count).times(permille).div(1000);
          const countBack = countBackDso({ endingReceivables: receivables, months }).days;
          const period = { from: '2026-01-01', to: addDays('2026-01-01', 30 * count - 1) } as const;
          const standard = standardDso({
            endingReceivables: receivables,
            creditSales: sales.times(count),
            dayCount: period,
          });
          // Both divide once, but by different numbers, so they may differ in the 60th significant digit.
          expect(countBack.minus(standard).abs().lessThan('1e-50')).toBe(true);
        },
      ),
    );
  });
});
