import {
  addDays,
  compareDates,
  decimal,
  roundDown,
  roundHalfEven,
  roundHalfUp,
  roundUp,
} from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaSmePaymentInterest, type InterestRate, lateInterest } from '../../index.ts';
import { debtArbitrary, fixedRateArbitrary, rateTextArbitrary } from './lateChargesArbitraries.ts';
import { dayByDayNumerator } from './lateInterestOracle.ts';

const SME = chinaSmePaymentInterest();
const code = (value: string) => expect.objectContaining({ code: value });

describe('lateInterest: known answers', () => {
  it('accrues 0.05% a day segment by segment as a partial payment reduces the principal', () => {
    const result = lateInterest({
      currency: 'CNY',
      dueDate: '2026-01-31',
      asOf: '2026-03-31',
      principal: '100000',
      payments: [{ date: '2026-03-02', amount: '40000' }],
      rate: SME,
    });
    // 2026-02-01..2026-03-02 is 30 days on 100,000; 2026-03-03..2026-03-31 is 29 days on 60,000.
    expect(
      result.segments.map((s) => [s.kind, s.from, s.to, s.days, s.balance.toString(), s.interest.toString()]),
    ).toEqual([
      ['daily', '2026-02-01', '2026-03-02', 30, '100000', '1500'],
      ['daily', '2026-03-03', '2026-03-31', 29, '60000', '870'],
    ]);
    expect(result.exactTotal.toString()).toBe('2370');
    expect(result.total.toFixed(2)).toBe('2370.00');
    expect(result.currency).toBe('CNY');
    expect(result.warnings).toEqual([]);
  });

  it('divides an annual rate by 365, also across February, and rounds only the total', () => {
    const result = lateInterest({
      currency: 'CNY',
      dueDate: '2026-01-31',
      asOf: '2026-03-31',
      principal: '100000',
      rate: { kind: 'annual', rate: '0.12', dayCount: 365 },
    });
    // 100,000 × 12% × 59 / 365 = 708,000 / 365 = 1939.7260273972…
    expect(result.segments).toHaveLength(1);
    expect(result.segments[0]?.days).toBe(59);
    expect(result.exactTotal.toString()).toBe(decimal(708000).dividedBy(365).toString());
    expect(result.exactTotal.toFixed(10)).toBe('1939.7260273973');
    expect(result.total.toString()).toBe('1939.73');
  });

  it('divides by 360 under actual/360 and by 365 under actual/365', () => {
    const base = { currency: 'USD', dueDate: '2026-03-31', asOf: '2026-04-30', principal: '36000' } as const;
    const on360 = lateInterest({ ...base, rate: { kind: 'annual', rate: '0.05', dayCount: 360 } });
    const on365 = lateInterest({ ...base, rate: { kind: 'annual', rate: '0.05', dayCount: 365 } });
    // 36,000 × 5% × 30 days: ÷ 360 = 150 exactly; ÷ 365 = 147.9452…
    expect(on360.exactTotal.toString()).toBe('150');
    expect(on360.total.toFixed(2)).toBe('150.00');
    expect(on365.exactTotal.toFixed(6)).toBe('147.945205');
    expect(on365.total.toString()).toBe('147.95');
  });

  it('keeps 365 as the divisor in a leap year (actual/365 fixed)', () => {
    const result = lateInterest({
      currency: 'CNY',
      dueDate: '2027-12-31',
      asOf: '2028-12-31',
      principal: '36500',
      rate: { kind: 'annual', rate: '0.1', dayCount: 365 },
    });
    expect(result.segments[0]?.days).toBe(366);
    expect(result.exactTotal.toString()).toBe('3660');
  });

  it('earns nothing on or before the due date', () => {
    for (const asOf of ['2026-01-30', '2026-01-31']) {
      const result = lateInterest({
        currency: 'CNY',
        dueDate: '2026-01-31',
        asOf,
        principal: '100000',
        rate: SME,
      });
      expect(result.segments).toEqual([]);
      expect(result.exactTotal.isZero()).toBe(true);
      expect(result.total.toString()).toBe('0');
    }
  });

  it('counts the first overdue day: one day past due earns one day', () => {
    const result = lateInterest({
      currency: 'CNY',
      dueDate: '2026-01-31',
      asOf: '2026-02-01',
      principal: '100000',
      rate: SME,
    });
    expect(result.segments.map((s) => [s.from, s.to, s.days])).toEqual([['2026-02-01', '2026-02-01', 1]]);
    expect(result.total.toString()).toBe('50');
  });

  it('lets payments on or before the due date reduce the principal before interest starts', () => {
    const result = lateInterest({
      currency: 'CNY',
      dueDate: '2026-01-31',
      asOf: '2026-02-10',
      principal: '100000',
      payments: [
        { date: '2026-01-15', amount: '30000' },
        { date: '2026-01-31', amount: '10000' },
      ],
      rate: SME,
    });
    expect(result.segments.map((s) => [s.from, s.to, s.balance.toString()])).toEqual([
      ['2026-02-01', '2026-02-10', '60000'],
    ]);
    expect(result.total.toString()).toBe('300');
  });

  it('still charges the day of a payment on the old balance (the lower balance counts from the next day)', () => {
    const result = lateInterest({
      currency: 'CNY',
      dueDate: '2026-01-31',
      asOf: '2026-02-03',
      principal: '1000',
      payments: [{ date: '2026-02-01', amount: '1000' }],
      rate: SME,
    });
    expect(result.segments.map((s) => [s.from, s.to, s.balance.toString()])).toEqual([
      ['2026-02-01', '2026-02-01', '1000'],
    ]);
    expect(result.total.toString()).toBe('0.5');
  });

  it('keeps interest earned before the principal was paid in full, and stops accruing after', () => {
    const paidOff = lateInterest({
      currency: 'CNY',
      dueDate: '2026-01-31',
      asOf: '2026-12-31',
      principal: '100000',
      payments: [
        { date: '2026-02-10', amount: '50000' },
        { date: '2026-02-20', amount: '50000' },
      ],
      rate: SME,
    });
    // 10 days on 100,000 (500) and 10 days on 50,000 (250); nothing after 2026-02-20.
    expect(paidOff.segments.map((s) => [s.from, s.to, s.interest.toString()])).toEqual([
      ['2026-02-01', '2026-02-10', '500'],
      ['2026-02-11', '2026-02-20', '250'],
    ]);
    expect(paidOff.total.toString()).toBe('750');
  });

  it('sorts payments by date and merges payments on the same day into one change of balance', () => {
    const result = lateInterest({
      currency: 'CNY',
      dueDate: '2026-01-31',
      asOf: '2026-02-20',
      principal: '1000',
      payments: [
        { date: '2026-02-10', amount: '100' },
        { date: '2026-02-05', amount: '200' },
        { date: '2026-02-10', amount: '300' },
      ],
      rate: SME,
    });
    expect(result.segments.map((s) => [s.from, s.to, s.balance.toString()])).toEqual([
      ['2026-02-01', '2026-02-05', '1000'],
      ['2026-02-06', '2026-02-10', '800'],
      ['2026-02-11', '2026-02-20', '400'],
    ]);
  });

  it('ignores payments after asOf', () => {
    const base = { currency: 'CNY', dueDate: '2026-01-31', asOf: '2026-02-28', principal: '1000', rate: SME };
    const later = lateInterest({ ...base, payments: [{ date: '2026-02-28', amount: '1000' }] });
    expect(later.total.toString()).toBe(lateInterest(base).total.toString());
  });

  it('starts interest after the grace days, as if the due date were later', () => {
    const graced = lateInterest({
      currency: 'CNY',
      dueDate: '2026-01-31',
      asOf: '2026-02-10',
      principal: '1000',
      rate: SME,
      graceDays: 5,
    });
    expect(graced.segments.map((s) => [s.from, s.to, s.days])).toEqual([['2026-02-06', '2026-02-10', 5]]);
    const withinGrace = lateInterest({
      currency: 'CNY',
      dueDate: '2026-01-31',
      asOf: '2026-02-05',
      principal: '1000',
      rate: SME,
      graceDays: 5,
    });
    expect(withinGrace.segments).toEqual([]);
  });

  it('rounds a half-cent tie with the chosen mode, once, at the end', () => {
    // CNY 10 × 0.05% × 1 day = 0.005 exactly.
    const base = { currency: 'CNY', dueDate: '2026-01-31', asOf: '2026-02-01', principal: '10', rate: SME };
    expect(lateInterest(base).exactTotal.toString()).toBe('0.005');
    expect(lateInterest(base).total.toString()).toBe('0.01');
    expect(lateInterest({ ...base, rounding: roundHalfEven }).total.toString()).toBe('0');
    expect(lateInterest({ ...base, rounding: roundDown }).total.toString()).toBe('0');
  });

  it('rounds to the currency minor unit: whole yen for JPY', () => {
    // JPY 1,000 × 0.05% × 1 day = 0.5 yen.
    const base = { currency: 'JPY', dueDate: '2026-01-31', asOf: '2026-02-01', principal: '1000', rate: SME };
    expect(lateInterest(base).total.toString()).toBe('1');
    expect(lateInterest({ ...base, rounding: roundHalfEven }).total.toString()).toBe('0');
  });

  it('does not round each segment: the rounded total can differ from the sum of rounded segments', () => {
    // Three segments of about 0.004 each: rounded one by one they make 0.00, together 0.012015 → 0.01.
    const result = lateInterest({
      currency: 'CNY',
      dueDate: '2026-01-31',
      asOf: '2026-02-03',
      principal: '8.02',
      payments: [
        { date: '2026-02-01', amount: '0.01' },
        { date: '2026-02-02', amount: '0.01' },
      ],
      rate: SME,
    });
    expect(result.segments.map((s) => s.interest.toString())).toEqual(['0.00401', '0.004005', '0.004']);
    expect(result.total.toString()).toBe('0.01');
  });

  it('accepts a zero principal and earns nothing', () => {
    const result = lateInterest({
      currency: 'CNY',
      dueDate: '2026-01-31',
      asOf: '2026-03-31',
      principal: '0',
      rate: SME,
    });
    expect(result.segments).toEqual([]);
    expect(result.total.toString()).toBe('0');
  });
});

describe('lateInterest: bad input', () => {
  const valid = {
    currency: 'CNY',
    dueDate: '2026-01-31',
    asOf: '2026-03-31',
    principal: '1000',
    rate: SME,
  } as const;

  it('refuses negative rates with INVALID_RATE, listing every problem', () => {
    expect(() => lateInterest({ ...valid, rate: { kind: 'daily', rate: '-0.0005' } })).toThrow(
      code('INVALID_RATE'),
    );
    expect(() => lateInterest({ ...valid, rate: { kind: 'annual', rate: -0.05, dayCount: 365 } })).toThrow(
      code('INVALID_RATE'),
    );
    try {
      lateInterest({ ...valid, rate: { kind: 'annual', rate: 'abc', dayCount: 364 as 365 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_RATE' });
      const issues = (error as { details: { issues: { pathText: string; code: string }[] } }).details.issues;
      expect(issues.map((issue) => `${issue.pathText} ${issue.code}`)).toEqual([
        'rate.rate invalid_rate',
        'rate.dayCount invalid_union',
      ]);
      expect((error as Error).message).toMatch(/^lateInterest: 2 problems/);
    }
  });

  it('refuses an unknown rate kind with INVALID_RATE', () => {
    const rate = { kind: 'weekly', rate: '0.01' } as unknown as InterestRate;
    expect(() => lateInterest({ ...valid, rate })).toThrow(code('INVALID_RATE'));
  });

  it('refuses dates that do not exist with INVALID_DATE, naming the field', () => {
    expect(() => lateInterest({ ...valid, dueDate: '2026-02-30' })).toThrow(code('INVALID_DATE'));
    expect(() => lateInterest({ ...valid, asOf: '2026/03/31' })).toThrow(
      /^lateInterest: asOf: "2026\/03\/31" is not a date/,
    );
    expect(() => lateInterest({ ...valid, payments: [{ date: '2026-13-01', amount: '1' }] })).toThrow(
      /^lateInterest: payments\[0\]\.date:/,
    );
  });

  it('refuses negative principals and payments that are not positive with INVALID_AMOUNT', () => {
    expect(() => lateInterest({ ...valid, principal: '-1' })).toThrow(code('INVALID_AMOUNT'));
    expect(() => lateInterest({ ...valid, principal: Number.NaN })).toThrow(code('INVALID_AMOUNT'));
    expect(() => lateInterest({ ...valid, payments: [{ date: '2026-02-01', amount: '0' }] })).toThrow(
      code('INVALID_AMOUNT'),
    );
  });

  it('refuses payments that add up to more than the principal with INVALID_AMOUNT', () => {
    const payments = [
      { date: '2026-02-01', amount: '600' },
      { date: '2026-04-01', amount: '400.01' },
    ];
    expect(() => lateInterest({ ...valid, payments })).toThrow(
      'lateInterest: payments total CNY 1000.01, more than the principal CNY 1000.00',
    );
    expect(() => lateInterest({ ...valid, payments })).toThrow(code('INVALID_AMOUNT'));
  });

  it('refuses amounts finer than the currency with AMOUNT_TOO_PRECISE', () => {
    expect(() => lateInterest({ ...valid, principal: '1000.001' })).toThrow(code('AMOUNT_TOO_PRECISE'));
    expect(() => lateInterest({ ...valid, currency: 'JPY', principal: '1000.5' })).toThrow(
      code('AMOUNT_TOO_PRECISE'),
    );
  });

  it('refuses an unknown currency with INVALID_CURRENCY', () => {
    expect(() => lateInterest({ ...valid, currency: 'cny' })).toThrow(code('INVALID_CURRENCY'));
  });

  it('refuses bad grace days, rounding or payments lists with INVALID_ARGUMENT', () => {
    expect(() => lateInterest({ ...valid, graceDays: -1 })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => lateInterest({ ...valid, graceDays: 1.5 })).toThrow(code('INVALID_ARGUMENT'));
    const rounding = 'halfUp' as unknown as typeof roundHalfUp;
    expect(() => lateInterest({ ...valid, rounding })).toThrow(code('INVALID_ARGUMENT'));
    const payments = 'none' as unknown as [];
    expect(() => lateInterest({ ...valid, payments })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => lateInterest(undefined as unknown as typeof valid)).toThrow(code('INVALID_ARGUMENT'));
  });
});

describe('properties', () => {
  it('is zero before and on the due date: no interest while nothing is overdue', () => {
    fc.assert(
      fc.property(debtArbitrary, fixedRateArbitrary, (debt, rate) => {
        fc.pre(compareDates(debt.asOf, debt.dueDate) <= 0);
        const result = lateInterest({ ...debt, rate });
        expect(result.segments).toEqual([]);
        expect(result.exactTotal.isZero()).toBe(true);
      }),
    );
  });

  it('agrees with the day-by-day rule: each overdue day earns its balance × rate', () => {
    fc.assert(
      fc.property(
        debtArbitrary,
        fixedRateArbitrary,
        fc.integer({ min: 0, max: 10 }),
        (debt, rate, graceDays) => {
          const result = lateInterest({ ...debt, rate, graceDays });
          const numerator = dayByDayNumerator({ ...debt, graceDays }, () => decimal(rate.rate));
          const expected = rate.kind === 'daily' ? numerator : numerator.dividedBy(rate.dayCount);
          expect(result.exactTotal.toString()).toBe(expected.toString());
        },
      ),
      { numRuns: 60 },
    );
  });

  it('sums its segments: the exact total is the sum of the segment interests', () => {
    fc.assert(
      fc.property(debtArbitrary, fixedRateArbitrary, (debt, rate) => {
        const result = lateInterest({ ...debt, rate });
        const sum = result.segments.reduce((total, s) => total.plus(s.interest), decimal(0));
        if (rate.kind === 'daily') {
          expect(result.exactTotal.toString()).toBe(sum.toString());
        } else {
          // Each segment divides by the day count on its own; those quotients agree to 50 digits.
          expect(result.exactTotal.minus(sum).abs().lessThanOrEqualTo('1e-40')).toBe(true);
        }
      }),
    );
  });

  it('rounds only at the end: total = rounding(exactTotal) to the minor unit', () => {
    const modes = fc.constantFrom(roundHalfUp, roundHalfEven, roundDown, roundUp);
    fc.assert(
      fc.property(debtArbitrary, fixedRateArbitrary, modes, (debt, rate, rounding) => {
        const result = lateInterest({ ...debt, rate, rounding });
        expect(result.total.toString()).toBe(rounding(result.exactTotal, 2).toString());
      }),
    );
  });

  it('is monotone in time: a later asOf never gives less interest', () => {
    fc.assert(
      fc.property(
        debtArbitrary,
        fixedRateArbitrary,
        fc.integer({ min: 0, max: 200 }),
        (debt, rate, extra) => {
          const earlier = lateInterest({ ...debt, rate });
          const later = lateInterest({ ...debt, rate, asOf: addDays(debt.asOf, extra) });
          expect(later.exactTotal.greaterThanOrEqualTo(earlier.exactTotal)).toBe(true);
          expect(later.total.greaterThanOrEqualTo(earlier.total)).toBe(true);
        },
      ),
    );
  });

  it('is monotone in the rate: a higher rate never gives less interest', () => {
    fc.assert(
      fc.property(
        debtArbitrary,
        rateTextArbitrary(0.5),
        rateTextArbitrary(0.5),
        fc.constantFrom(365 as const, 360 as const),
        (debt, a, b, dayCount) => {
          const [low, high] = decimal(a).lessThanOrEqualTo(b) ? [a, b] : [b, a];
          const lower = lateInterest({ ...debt, rate: { kind: 'annual', rate: low, dayCount } });
          const higher = lateInterest({ ...debt, rate: { kind: 'annual', rate: high, dayCount } });
          expect(higher.exactTotal.greaterThanOrEqualTo(lower.exactTotal)).toBe(true);
          expect(higher.total.greaterThanOrEqualTo(lower.total)).toBe(true);
        },
      ),
    );
  });

  it('never charges more for a payment: removing a payment never lowers the interest', () => {
    fc.assert(
      fc.property(debtArbitrary, fixedRateArbitrary, fc.nat(), (debt, rate, pick) => {
        fc.pre(debt.payments.length > 0);
        const dropped = pick % debt.payments.length;
        const fewer = debt.payments.filter((_, index) => index !== dropped);
        const withAll = lateInterest({ ...debt, rate });
        const withFewer = lateInterest({ ...debt, rate, payments: fewer });
        expect(withAll.exactTotal.lessThanOrEqualTo(withFewer.exactTotal)).toBe(true);
      }),
    );
  });

  it('does not depend on the order payments are listed in', () => {
    fc.assert(
      fc.property(debtArbitrary, fixedRateArbitrary, (debt, rate) => {
        const reversed = lateInterest({ ...debt, rate, payments: [...debt.payments].reverse() });
        expect(reversed.exactTotal.toString()).toBe(lateInterest({ ...debt, rate }).exactTotal.toString());
      }),
    );
  });

  it('tiles the overdue days: segments are contiguous, positive and within the due date and asOf', () => {
    fc.assert(
      fc.property(debtArbitrary, fixedRateArbitrary, (debt, rate) => {
        const { segments } = lateInterest({ ...debt, rate });
        segments.forEach((segment, index) => {
          expect(compareDates(segment.from, debt.dueDate)).toBe(1);
          expect(compareDates(segment.to, debt.asOf)).toBeLessThanOrEqual(0);
          expect(addDays(segment.from, segment.days - 1)).toBe(segment.to);
          expect(segment.balance.greaterThan(0)).toBe(true);
          const next = segments[index + 1];
          if (next !== undefined) expect(addDays(segment.to, 1)).toBe(next.from);
        });
      }),
    );
  });
});
