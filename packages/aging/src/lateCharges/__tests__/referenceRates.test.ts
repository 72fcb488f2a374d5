import { addDays, decimal, type IsoDate } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnnualInterestSegment,
  chinaSalesContractInterest,
  euLatePaymentInterest,
  type InterestSegment,
  lateInterest,
  type ReferenceRateFixing,
  type ReferenceRateTable,
  ukLatePaymentInterest,
} from '../../index.ts';
import { debtArbitrary, referenceTableArbitrary } from './lateChargesArbitraries.ts';
import { dayByDayNumerator, halfYearStart, referenceOn, ukFixingDay } from './lateInterestOracle.ts';

const code = (value: string) => expect.objectContaining({ code: value });

/** Illustrative figures for the tests, not an official series. */
const ecb: ReferenceRateTable = {
  name: 'ECB main refinancing rate',
  rates: [
    { effectiveFrom: '2025-06-11', rate: '0.0215' },
    { effectiveFrom: '2026-06-01', rate: '0.025' },
    { effectiveFrom: '2026-07-05', rate: '0.03' },
  ],
};

const boe: ReferenceRateTable = {
  name: 'Bank of England base rate',
  rates: [
    { effectiveFrom: '2025-08-07', rate: '0.04' },
    { effectiveFrom: '2025-12-18', rate: '0.0375' },
    { effectiveFrom: '2026-02-05', rate: '0.035' },
  ],
};

const lpr: ReferenceRateTable = {
  name: '1-year LPR',
  rates: [
    { effectiveFrom: '2024-10-21', rate: '0.031' },
    { effectiveFrom: '2025-05-20', rate: '0.03' },
  ],
};

const annual = (segments: readonly InterestSegment[]): AnnualInterestSegment[] =>
  segments.filter((segment): segment is AnnualInterestSegment => segment.kind === 'annual');

const lines = (segments: readonly InterestSegment[]) =>
  annual(segments).map((s) => [
    s.from,
    s.to,
    s.days,
    s.annualRate.toString(),
    s.reference?.fixedOn,
    s.interest.toString(),
  ]);

describe('lateInterest with reference rates: known answers', () => {
  it('EU: takes the rate in force on 1 January for June and on 1 July for July, across a change of rate', () => {
    const result = lateInterest({
      currency: 'EUR',
      dueDate: '2026-06-15',
      asOf: '2026-07-20',
      principal: '73000',
      rate: euLatePaymentInterest({ reference: ecb }),
    });
    // June: 2.15% (in force on 1 Jan) + 8 = 10.15%, 15 days: 73,000 × 10.15% × 15 / 365 = 304.50.
    // July: 2.5% (in force on 1 Jul; the 5 July change waits for 2027) + 8 = 10.5%, 20 days: 420.00.
    expect(lines(result.segments)).toEqual([
      ['2026-06-16', '2026-06-30', 15, '0.1015', '2026-01-01', '304.5'],
      ['2026-07-01', '2026-07-20', 20, '0.105', '2026-07-01', '420'],
    ]);
    expect(annual(result.segments)[0]?.reference).toEqual({
      name: 'ECB main refinancing rate',
      rate: decimal('0.0215'),
      effectiveFrom: '2025-06-11',
      fixedOn: '2026-01-01',
    });
    expect(result.total.toFixed(2)).toBe('724.50');
  });

  it('daily fixing: follows every change of the table from the day it takes effect', () => {
    const result = lateInterest({
      currency: 'EUR',
      dueDate: '2026-06-15',
      asOf: '2026-07-20',
      principal: '73000',
      rate: { kind: 'reference', reference: ecb, margin: '0.08', fixing: 'daily', dayCount: 365 },
    });
    // 10.5% for 19 days (399.00), then 11% from 5 July for 16 days (352.00).
    expect(lines(result.segments)).toEqual([
      ['2026-06-16', '2026-07-04', 19, '0.105', '2026-06-16', '399'],
      ['2026-07-05', '2026-07-20', 16, '0.11', '2026-07-05', '352'],
    ]);
    expect(result.total.toFixed(2)).toBe('751.00');
  });

  it('UK: fixes the base rate of 31 December for interest starting in January–June, for the whole debt', () => {
    const result = lateInterest({
      currency: 'GBP',
      dueDate: '2026-01-10',
      asOf: '2026-03-11',
      principal: '36500',
      rate: ukLatePaymentInterest({ reference: boe }),
    });
    // 3.75% on 31 Dec 2025 + 8 = 11.75% for 60 days, unchanged by the February cut: 705.00.
    expect(lines(result.segments)).toEqual([['2026-01-11', '2026-03-11', 60, '0.1175', '2025-12-31', '705']]);
  });

  it('UK: fixes the base rate of 30 June for interest starting in July–December', () => {
    const result = lateInterest({
      currency: 'GBP',
      dueDate: '2026-06-30',
      asOf: '2026-07-30',
      principal: '36500',
      rate: ukLatePaymentInterest({ reference: boe }),
    });
    expect(lines(result.segments)).toEqual([['2026-07-01', '2026-07-30', 30, '0.115', '2026-06-30', '345']]);
  });

  it('UK: a debt due on 29 June starts interest on 30 June, so 31 December still applies', () => {
    const result = lateInterest({
      currency: 'GBP',
      dueDate: '2026-06-29',
      asOf: '2026-07-02',
      principal: '36500',
      rate: ukLatePaymentInterest({ reference: boe }),
    });
    expect(annual(result.segments).map((s) => [s.annualRate.toString(), s.reference?.fixedOn])).toEqual([
      ['0.1175', '2025-12-31'],
    ]);
  });

  it('China sales contract: LPR in force when the breach occurs × 1.3, fixed for the whole debt', () => {
    const rate = chinaSalesContractInterest({ lpr });
    const dueBeforeCut = lateInterest({
      currency: 'CNY',
      dueDate: '2025-05-18',
      asOf: '2025-06-17',
      principal: '365000',
      rate,
    });
    // Breach on 19 May: 3.1% × 1.3 = 4.03% for 30 days, the 20 May cut notwithstanding: 1,209.00.
    expect(lines(dueBeforeCut.segments)).toEqual([
      ['2025-05-19', '2025-06-17', 30, '0.0403', '2025-05-19', '1209'],
    ]);
    const dueOnCut = lateInterest({
      currency: 'CNY',
      dueDate: '2025-05-19',
      asOf: '2025-06-18',
      principal: '365000',
      rate,
    });
    expect(dueOnCut.total.toFixed(2)).toBe('1170.00');
  });

  it('allows a negative reference rate when the margin keeps the total rate at least 0', () => {
    const negative: ReferenceRateTable = {
      name: 'deposit rate',
      rates: [{ effectiveFrom: '2019-09-18', rate: '-0.005' }],
    };
    const result = lateInterest({
      currency: 'EUR',
      dueDate: '2020-01-31',
      asOf: '2020-03-01',
      principal: '36500',
      rate: { kind: 'reference', reference: negative, margin: '0.08', fixing: 'daily', dayCount: 365 },
    });
    // −0.5% + 8 = 7.5% for 30 days: 36,500 × 7.5% × 30 / 365 = 225.
    expect(result.total.toString()).toBe('225');
  });

  it('needs no reference rate for days with nothing outstanding', () => {
    const empty: ReferenceRateTable = {
      name: 'future table',
      rates: [{ effectiveFrom: '2030-01-01', rate: '0.02' }],
    };
    const result = lateInterest({
      currency: 'EUR',
      dueDate: '2026-01-31',
      asOf: '2026-06-30',
      principal: '1000',
      payments: [{ date: '2026-01-31', amount: '1000' }],
      rate: euLatePaymentInterest({ reference: empty }),
    });
    expect(result.total.toString()).toBe('0');
  });

  it('applies multiplier before margin: reference × multiplier + margin', () => {
    const result = lateInterest({
      currency: 'CNY',
      dueDate: '2025-12-31',
      asOf: '2026-01-01',
      principal: '36500',
      rate: {
        kind: 'reference',
        reference: lpr,
        multiplier: '2',
        margin: '0.01',
        fixing: 'daily',
        dayCount: 365,
      },
    });
    expect(annual(result.segments)[0]?.annualRate.toString()).toBe('0.07');
  });
});

describe('lateInterest with reference rates: bad input', () => {
  const debt = { currency: 'EUR', dueDate: '2026-01-31', asOf: '2026-03-31', principal: '1000' } as const;

  it('raises MISSING_REFERENCE_RATE naming the table and the date when a day precedes the table', () => {
    const late: ReferenceRateTable = { name: 'ECB', rates: [{ effectiveFrom: '2026-02-10', rate: '0.02' }] };
    const rate = { kind: 'reference', reference: late, fixing: 'daily', dayCount: 365 } as const;
    expect(() => lateInterest({ ...debt, rate })).toThrow(code('MISSING_REFERENCE_RATE'));
    expect(() => lateInterest({ ...debt, rate })).toThrow(
      'lateInterest: reference rate table "ECB" has no rate in force on 2026-02-01: its first entry starts on 2026-02-10',
    );
    try {
      lateInterest({ ...debt, rate });
    } catch (error) {
      expect(error).toMatchObject({ details: { table: 'ECB', date: '2026-02-01' } });
    }
  });

  it('raises MISSING_REFERENCE_RATE for the half-year fixing date (1 January), not the first overdue day', () => {
    const table: ReferenceRateTable = { name: 'ECB', rates: [{ effectiveFrom: '2026-01-02', rate: '0.02' }] };
    expect(() => lateInterest({ ...debt, rate: euLatePaymentInterest({ reference: table }) })).toThrow(
      'reference rate table "ECB" has no rate in force on 2026-01-01, which sets the rate for interest from 2026-02-01',
    );
  });

  it('raises MISSING_REFERENCE_RATE after coveredThrough instead of reusing a stale rate', () => {
    const table: ReferenceRateTable = {
      name: 'ECB',
      rates: [{ effectiveFrom: '2026-01-01', rate: '0.02' }],
      coveredThrough: '2026-03-01',
    };
    const rate = { kind: 'reference', reference: table, fixing: 'daily', dayCount: 365 } as const;
    expect(() => lateInterest({ ...debt, rate })).toThrow(
      'no rate in force on 2026-03-02: it is complete only through 2026-03-01',
    );
    expect(lateInterest({ ...debt, asOf: '2026-03-01', rate }).segments).toHaveLength(1);
  });

  it('raises INVALID_RATE when a negative reference makes the total rate negative', () => {
    const negative: ReferenceRateTable = {
      name: 'deposit rate',
      rates: [{ effectiveFrom: '2026-01-01', rate: '-0.005' }],
    };
    const rate = {
      kind: 'reference',
      reference: negative,
      margin: '0.001',
      fixing: 'daily',
      dayCount: 365,
    } as const;
    expect(() => lateInterest({ ...debt, rate })).toThrow(code('INVALID_RATE'));
    expect(() => lateInterest({ ...debt, rate })).toThrow('-0.5% × 1 + 0.1% = -0.4%');
  });

  it('raises INVALID_RATE for a malformed table, with the path of every problem', () => {
    const table = {
      name: 'ECB',
      rates: [
        { effectiveFrom: '2026-01-02', rate: '0.02' },
        { effectiveFrom: '2026-01-02', rate: '0.03' },
        { effectiveFrom: '2025-12-01', rate: 'x' },
      ],
    };
    try {
      lateInterest({
        ...debt,
        rate: { kind: 'reference', reference: table, fixing: 'daily', dayCount: 365 },
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_RATE' });
      const issues = (error as { details: { issues: { pathText: string; code: string }[] } }).details.issues;
      expect(issues.map((issue) => `${issue.pathText} ${issue.code}`).sort()).toEqual([
        'rate.reference.rates[1].effectiveFrom duplicate_effective_date',
        'rate.reference.rates[2].effectiveFrom unsorted_effective_date',
        'rate.reference.rates[2].rate invalid_rate',
      ]);
    }
  });
});

/** What each fixing takes as the reference for one overdue day, stated independently of the library. */
function oracleRate(fixing: ReferenceRateFixing, table: ReferenceRateTable, start: IsoDate, day: IsoDate) {
  const fixedOn = {
    daily: day,
    halfYear: halfYearStart(day),
    fixedAtDue: ukFixingDay(start),
    fixedAtBreach: start,
  }[fixing];
  return referenceOn(table, fixedOn);
}

describe('properties', () => {
  const scenario = debtArbitrary.chain((debt) =>
    fc.record({
      debt: fc.constant(debt),
      table: referenceTableArbitrary(addDays(debt.dueDate, -200)),
      fixing: fc.constantFrom<ReferenceRateFixing>('daily', 'halfYear', 'fixedAtDue', 'fixedAtBreach'),
      margin: fc.constantFrom('0.01', '0.08'),
      multiplier: fc.constantFrom('1', '1.3', '1.5'),
      dayCount: fc.constantFrom(365 as const, 360 as const),
    }),
  );

  it('agrees with the day-by-day rule: each day earns its balance × (reference on its fixing day × multiplier + margin)', () => {
    fc.assert(
      fc.property(scenario, ({ debt, table, fixing, margin, multiplier, dayCount }) => {
        const start = addDays(debt.dueDate, 1);
        const rateOn = (day: IsoDate) => {
          const reference = oracleRate(fixing, table, start, day);
          if (reference === undefined) throw new Error(`no reference for ${day}`);
          const rate = reference.times(multiplier).plus(margin);
          if (rate.isNegative()) throw new Error(`negative rate on ${day}`);
          return rate;
        };
        let expected: string;
        try {
          expected = dayByDayNumerator(debt, rateOn).dividedBy(dayCount).toString();
        } catch {
          // A negative total rate or a missing reference: the library must refuse too.
          expect(() =>
            lateInterest({
              ...debt,
              rate: { kind: 'reference', reference: table, margin, multiplier, fixing, dayCount },
            }),
          ).toThrow();
          return;
        }
        const result = lateInterest({
          ...debt,
          rate: { kind: 'reference', reference: table, margin, multiplier, fixing, dayCount },
        });
        expect(result.exactTotal.toString()).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps one rate per half-year under half-year fixing, fixed on 1 January or 1 July', () => {
    fc.assert(
      fc.property(scenario, ({ debt, table }) => {
        const rate = euLatePaymentInterest({ reference: table });
        const { segments } = lateInterest({ ...debt, rate });
        for (const segment of annual(segments)) {
          expect(halfYearStart(segment.from)).toBe(halfYearStart(segment.to));
          expect(segment.reference?.fixedOn).toBe(halfYearStart(segment.from));
        }
      }),
    );
  });

  it('keeps one rate for the whole debt under UK fixing, whatever the table does later', () => {
    fc.assert(
      fc.property(scenario, ({ debt, table }) => {
        const { segments } = lateInterest({ ...debt, rate: ukLatePaymentInterest({ reference: table }) });
        const rates = new Set(annual(segments).map((segment) => segment.annualRate.toString()));
        expect(rates.size).toBeLessThanOrEqual(1);
      }),
    );
  });
});
