import {
  addDays,
  decimal,
  type Instalment,
  type InstalmentRole,
  type Portfolio,
  parsePortfolio,
} from '@receivables/core';
import { checkHostileCall } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageReceivables,
  allowanceMovement,
  averageDaysDelinquent,
  badDebtRate,
  bestPossibleDso,
  chinaSmePaymentInterest,
  chineseAgingMethodRates,
  chineseAnnualBuckets,
  collectionEffectivenessIndex,
  collectionRate,
  computeOpenItems,
  countBackDso,
  lateInterest,
  longOverdueShare,
  overdueRate,
  receivablesTurnover,
  requiredAllowance,
  standardDso,
  thirtyDayBuckets,
  turnoverDso,
} from '../index.ts';

const THIRTY_DIGITS = '123456789012345678901234567890.12';
const code = (code: string) => expect.objectContaining({ code });
const empty: Portfolio = parsePortfolio({});

/** One customer, one CNY invoice per entry of `invoices`. */
function portfolioOf(
  ...invoices: { issueDate: string; dueDate: string; amount: string; id?: string }[]
): Portfolio {
  return parsePortfolio({
    customers: [{ id: 'C1', name: 'Hengda Trading' }],
    invoices: invoices.map((invoice, index) => ({
      id: invoice.id ?? `INV-${index + 1}`,
      customerId: 'C1',
      currency: 'CNY',
      ...invoice,
    })),
  });
}

describe('an empty portfolio', () => {
  it('has no open items and ages to zero in every bucket', () => {
    const open = computeOpenItems(empty, { asOf: '2026-06-30' });
    expect(open.items).toEqual([]);
    expect(open.unapplied).toEqual([]);
    const report = ageReceivables(empty, {
      asOf: '2026-06-30',
      buckets: thirtyDayBuckets,
      groupBy: ['region'],
    });
    expect(report.currencies).toEqual([]);
    expect(report.customers).toEqual([]);
    expect(report.groups).toEqual([]);
    expect(checkHostileCall(() => report).kind).toBe('returned');
  });

  it('needs no allowance: every bucket and the total are zero', () => {
    const result = requiredAllowance({ currency: 'CNY', balances: {}, matrix: chineseAgingMethodRates });
    expect(result.buckets.every((line) => line.required.isZero())).toBe(true);
    expect(result.totals.required.toString()).toBe('0');
    const movement = allowanceMovement({ currency: 'CNY', opening: '0', writeOffs: '0', required: '0' });
    expect([movement.charge, movement.reversal, movement.closing].map(String)).toEqual(['0', '0', '0']);
  });
});

describe('KPIs of a period without sales or receivables', () => {
  it.each([
    [
      'standardDso',
      () => standardDso({ creditSales: 0, endingReceivables: 0, dayCount: 365 }),
      'NO_SALES_IN_PERIOD',
    ],
    [
      'bestPossibleDso',
      () => bestPossibleDso({ creditSales: 0, currentReceivables: 0, dayCount: 365 }),
      'NO_SALES_IN_PERIOD',
    ],
    ['badDebtRate', () => badDebtRate({ writtenOff: 0, creditSales: 0 }), 'NO_SALES_IN_PERIOD'],
    [
      'turnoverDso',
      () => turnoverDso({ sales: 0, openingReceivables: 0, closingReceivables: 0, dayCount: 365 }),
      'NO_SALES_IN_PERIOD',
    ],
    ['overdueRate', () => overdueRate({ overdue: 0, total: 0 }), 'ZERO_DENOMINATOR'],
    ['collectionRate', () => collectionRate({ collected: 0, due: 0 }), 'ZERO_DENOMINATOR'],
    ['longOverdueShare', () => longOverdueShare({ longOverdue: 0, total: 0 }), 'ZERO_DENOMINATOR'],
    [
      'receivablesTurnover',
      () => receivablesTurnover({ sales: 0, openingReceivables: 0, closingReceivables: 0 }),
      'ZERO_DENOMINATOR',
    ],
    [
      'collectionEffectivenessIndex',
      () =>
        collectionEffectivenessIndex({
          beginningReceivables: 0,
          creditSales: 0,
          months: 3,
          endingReceivables: 0,
          endingCurrentReceivables: 0,
        }),
      'ZERO_DENOMINATOR',
    ],
  ])('%s refuses to divide by zero', (_name, kpi, expected) => {
    expect(kpi).toThrow(code(expected));
  });

  it('give the documented zeros where nothing is divided: no receivables to count back, no delinquency', () => {
    const countBack = countBackDso({ endingReceivables: 0, months: [{ sales: 0, days: 30 }] });
    expect([countBack.days.toString(), countBack.monthsCounted, countBack.exhausted]).toEqual([
      '0',
      0,
      false,
    ]);
    expect(averageDaysDelinquent({ dso: 0, bestPossibleDso: 0 }).toString()).toBe('0');
  });
});

describe('amounts with 30 digits', () => {
  it('are refused by the open-item ledger with its documented AMOUNT_OUT_OF_RANGE (2^53 − 1 minor units)', () => {
    const big = portfolioOf({ issueDate: '2026-01-01', dueDate: '2026-02-01', amount: THIRTY_DIGITS });
    expect(() => computeOpenItems(big, { asOf: '2026-06-30' })).toThrow(code('AMOUNT_OUT_OF_RANGE'));
    expect(() => ageReceivables(big, { asOf: '2026-06-30', buckets: thirtyDayBuckets })).toThrow(
      code('AMOUNT_OUT_OF_RANGE'),
    );
  });

  it('get an exact allowance, up to the documented 30 digits, and AMOUNT_OUT_OF_RANGE beyond', () => {
    const within = requiredAllowance({
      currency: 'CNY',
      balances: { within1y: THIRTY_DIGITS },
      matrix: chineseAgingMethodRates,
    });
    // 5 % of the balance, rounded half up to the cent.
    expect(within.totals.required.toFixed(2)).toBe('6172839450617283945061728394.51');
    expect(() =>
      requiredAllowance({ currency: 'CNY', balances: { within1y: '1e30' }, matrix: chineseAgingMethodRates }),
    ).toThrow(code('AMOUNT_OUT_OF_RANGE'));
  });

  it('earn exact late interest', () => {
    const result = lateInterest({
      currency: 'CNY',
      dueDate: '2026-01-01',
      asOf: '2026-02-01',
      principal: THIRTY_DIGITS,
      rate: chinaSmePaymentInterest(),
    });
    // 0.05 % a day for 31 days, then rounded half up to the cent.
    const exact = decimal(THIRTY_DIGITS).times('0.0005').times(31);
    expect(result.exactTotal.equals(exact)).toBe(true);
    expect(result.total.toFixed(2)).toBe('1913580229691358022969135802.30');
  });
});

describe('the first and last days, 0001-01-01 and 9999-12-31', () => {
  const edges = portfolioOf(
    { issueDate: '0001-01-01', dueDate: '0001-01-31', amount: '100.00' },
    { issueDate: '0001-01-01', dueDate: '9999-12-31', amount: '50.00' },
  );

  it('age an invoice due in year 1 as of year 9999 into the oldest bucket, the one due then as not due', () => {
    const report = ageReceivables(edges, { asOf: '9999-12-31', buckets: thirtyDayBuckets });
    const [line] = report.currencies;
    expect(line?.buckets.map((bucket) => bucket.balance.toString())).toEqual([
      '50',
      '0',
      '0',
      '0',
      '0',
      '100',
    ]);
    expect(line?.oldestDaysPastDue).toBe(3_652_028);
  });

  it('age both into the oldest calendar-year bucket by document date, and neither as of the first day', () => {
    const byYear = ageReceivables(edges, {
      asOf: '9999-12-31',
      basis: 'documentDate',
      buckets: chineseAnnualBuckets,
    });
    expect(byYear.currencies[0]?.buckets.map((bucket) => bucket.balance.toString())).toEqual([
      '0',
      '0',
      '0',
      '0',
      '0',
      '150',
    ]);
    const first = ageReceivables(edges, { asOf: '0001-01-01', buckets: thirtyDayBuckets });
    expect(first.currencies[0]?.buckets[0]?.balance.toString()).toBe('150');
  });

  it('charge late interest over the whole span, or nothing when due on the last day', () => {
    const rate = chinaSmePaymentInterest();
    const all = lateInterest({
      currency: 'CNY',
      dueDate: '0001-01-01',
      asOf: '9999-12-31',
      principal: '100',
      rate,
    });
    // 0.05 % a day on 100 for the 3,652,058 days after the due date.
    expect(all.total.toFixed(2)).toBe('182602.90');
    const none = lateInterest({
      currency: 'CNY',
      dueDate: '9999-12-31',
      asOf: '9999-12-31',
      principal: '100',
      rate,
    });
    expect(none.total.toString()).toBe('0');
  });
});

describe('an invoice with a million instalments', () => {
  it('ages exactly: the balance is what is left after a payment, spread over the right buckets', () => {
    const count = 1_000_000;
    const cent = decimal('0.01');
    // Built in the validated shape: core's own test parses a million instalments.
    const instalments: Instalment[] = Array.from({ length: count }, (_, index) => ({
      index: index + 1,
      dueDate: addDays('2026-01-01', Math.floor(index / 10_000)),
      amount: cent,
      role: (index === 0 ? 'first' : index === count - 1 ? 'final' : 'middle') as InstalmentRole,
    }));
    const portfolio: Portfolio = {
      ...empty,
      customers: [{ id: 'C1', name: 'Hengda Trading', tags: {} }],
      invoices: [
        {
          id: 'INV-MILLION',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2026-01-01',
          dueDate: addDays('2026-01-01', 99),
          amount: decimal('10000.00'),
          instalments,
        },
      ],
      payments: [
        {
          id: 'P1',
          customerId: 'C1',
          currency: 'CNY',
          date: '2026-01-05',
          amount: decimal('2500.00'),
          applications: [],
        },
      ],
    };
    const report = ageReceivables(portfolio, { asOf: '2026-04-10', buckets: thirtyDayBuckets });
    const [line] = report.currencies;
    // 2,500.00 pays the oldest 250,000 instalments (due 2026-01-01 to 2026-01-25); the rest stay open.
    expect(line?.balance.toFixed(2)).toBe('7500.00');
    expect(line?.count).toBe(750_000);
    expect(line?.buckets.reduce((sum, bucket) => sum.plus(bucket.balance), decimal(0)).toFixed(2)).toBe(
      '7500.00',
    );
  }, 180_000);
});

describe('properties', () => {
  it('ages any invoice dated anywhere in 0001–9999 as of any day: balances sum to the amount, no bucket left out', () => {
    const day = fc.integer({ min: 0, max: 3_652_058 }).map((offset) => addDays('0001-01-01', offset));
    fc.assert(
      fc.property(day, day, day, (issue, due, asOf) => {
        const [issueDate, dueDate] = issue <= due ? [issue, due] : [due, issue];
        const portfolio = portfolioOf({ issueDate, dueDate, amount: '100.00' });
        const outcome = checkHostileCall(() =>
          ageReceivables(portfolio, { asOf, buckets: thirtyDayBuckets }),
        );
        expect(outcome.kind).toBe('returned');
        if (outcome.kind === 'returned') {
          const open = outcome.value.currencies[0];
          const total = open?.buckets.reduce((sum, bucket) => sum.plus(bucket.balance), decimal(0));
          expect(total?.toFixed(2) ?? '0.00').toBe(asOf < issueDate ? '0.00' : '100.00');
        }
      }),
    );
  });

  it('never divides by zero silently: every KPI of zero figures is a coded refusal or a finite zero', () => {
    const zero = fc.constantFrom(0, '0', '0.00', -0, '-0');
    fc.assert(
      fc.property(zero, zero, zero, (a, b, c) => {
        for (const call of [
          () => standardDso({ creditSales: a, endingReceivables: b, dayCount: 365 }),
          () => overdueRate({ overdue: a, total: b }),
          () => collectionRate({ collected: a, due: b }),
          () => receivablesTurnover({ sales: a, openingReceivables: b, closingReceivables: c }),
          () => averageDaysDelinquent({ dso: a, bestPossibleDso: b }),
        ]) {
          const outcome = checkHostileCall(call);
          if (outcome.kind === 'returned') expect(outcome.value.isZero()).toBe(true);
          else expect(['NO_SALES_IN_PERIOD', 'ZERO_DENOMINATOR']).toContain(outcome.error.code);
        }
      }),
    );
  });
});
