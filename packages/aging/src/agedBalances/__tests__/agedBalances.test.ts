import {
  decimal,
  parsePortfolio,
  type RoundingMode,
  roundCeiling,
  roundDown,
  roundFloor,
  roundHalfDown,
  roundHalfEven,
  roundHalfUp,
  roundUp,
} from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agedBalancesRoundedRatio } from '../../_internals/agedBalancesRoundedRatio.ts';
import type { AgingAccumulator, AgingAccumulatorOptions, AgingReport, OpenItem } from '../../index.ts';
import {
  addOpenItem,
  addOpenItems,
  addUnappliedCredit,
  agingResult,
  chineseAnnualBuckets,
  createAgingAccumulator,
  managementBuckets,
  mergeAgingAccumulators,
  thirtyDayBuckets,
} from '../../index.ts';
import { openItem, openItemsArbitrary } from './agingArbitraries.ts';

const ASOF = '2026-06-30';

function age(items: readonly OpenItem[], options: Partial<AgingAccumulatorOptions> = {}): AgingAccumulator {
  return addOpenItems(createAgingAccumulator({ asOf: ASOF, ...options }), items);
}

/** Bucket id → balance for the non-empty buckets of the first currency line. */
function bucketsOf(report: AgingReport, line = 0): Record<string, string> {
  const buckets = report.currencies[line]?.buckets ?? [];
  return Object.fromEntries(
    buckets.filter((bucket) => bucket.count > 0).map((bucket) => [bucket.bucketId, bucket.balance.toFixed()]),
  );
}

/** The report as plain JSON: Decimals become their exact text. */
function plain(report: AgingReport): unknown {
  return JSON.parse(JSON.stringify(report));
}

describe('aging by days past due', () => {
  it('puts each item in the bucket of asOf − dueDate, upper bounds inclusive (§2.1–2.2)', () => {
    const dueDates = [
      '2026-07-15',
      '2026-06-30',
      '2026-06-29',
      '2026-05-31',
      '2026-05-30',
      '2026-03-02',
      '2026-03-01',
    ];
    const items = dueDates.map((dueDate, index) =>
      openItem({ dueDate, invoiceId: `INV-${index}`, openMinor: 100 * (index + 1) }),
    );
    // Days past due: −15, 0, 1, 30, 31, 120, 121.
    expect(bucketsOf(agingResult(age(items)))).toEqual({
      notDue: '3',
      d1to30: '7',
      d31to60: '5',
      d91to120: '6',
      over120: '7',
    });
  });

  it('uses the management scheme’s wider buckets', () => {
    const items = ['2026-01-01', '2025-07-01', '2025-06-30'].map((dueDate, index) =>
      openItem({ dueDate, invoiceId: `INV-${index}` }),
    );
    // Days past due: 180, 364, 365 → 91–180, 181–365, 181–365.
    expect(bucketsOf(agingResult(age(items, { buckets: managementBuckets })))).toEqual({
      d91to180: '100',
      d181to365: '200',
    });
  });

  it('totals overdue (dpd > 0) with and without the disputed part, and never drops the disputed part', () => {
    const items = [
      openItem({ dueDate: '2026-05-31', openMinor: 80000, disputedMinor: 30000 }),
      openItem({ dueDate: '2026-07-31', invoiceId: 'INV-2', openMinor: 20000, disputedMinor: 5000 }),
    ];
    const [cny] = agingResult(age(items)).currencies;
    expect(cny?.balance.toFixed(2)).toBe('1000.00');
    expect(cny?.disputed.toFixed(2)).toBe('350.00');
    expect(cny?.overdue.toFixed(2)).toBe('800.00');
    expect(cny?.overdueExcludingDisputed.toFixed(2)).toBe('500.00');
  });

  it('counts only the undisputed part when disputed amounts are excluded, still showing the disputed part beside', () => {
    const items = [
      openItem({ dueDate: '2026-05-31', openMinor: 80000, disputedMinor: 30000 }),
      openItem({ dueDate: '2026-01-31', invoiceId: 'INV-2', openMinor: 20000, disputedMinor: 20000 }),
    ];
    const [line] = agingResult(age(items, { disputed: 'exclude' })).customers;
    expect(line?.balance.toFixed(2)).toBe('500.00');
    expect(line?.disputed.toFixed(2)).toBe('500.00');
    expect(line?.count).toBe(2);
    expect(line?.overdue.toFixed(2)).toBe('500.00');
    expect(line?.overdueExcludingDisputed.toFixed(2)).toBe('500.00');
    // The wholly disputed item (150 days past due) neither sets the oldest nor weighs in the average.
    expect(line?.oldestDaysPastDue).toBe(30);
    expect(line?.weightedAverageDaysPastDue?.toFixed(2)).toBe('30.00');
  });
});

describe('aging by document date and in calendar years', () => {
  it('measures age from the invoice date on the document-date basis', () => {
    const items = [
      openItem({ documentDate: '2026-06-30', dueDate: '2026-08-29' }),
      openItem({ documentDate: '2026-05-31', dueDate: '2026-06-30', invoiceId: 'INV-2' }),
    ];
    // Ages 0 and 30: not yet due by the due date, but 30 days old.
    expect(bucketsOf(agingResult(age(items, { basis: 'documentDate' })))).toEqual({
      notDue: '100',
      d1to30: '100',
    });
    expect(bucketsOf(agingResult(age(items)))).toEqual({ notDue: '200' });
  });

  it('counts started calendar years, "within 1 year" holding an invoice issued a year ago to the day', () => {
    const dates = [
      '2026-06-30',
      '2025-07-01',
      '2025-06-30',
      '2025-06-29',
      '2024-06-30',
      '2021-06-30',
      '2021-06-29',
    ];
    const items = dates.map((documentDate, index) =>
      openItem({ documentDate, dueDate: documentDate, invoiceId: `INV-${index}`, openMinor: 10 ** index }),
    );
    const report = agingResult(age(items, { buckets: chineseAnnualBuckets }));
    expect(report.basis).toBe('documentDate');
    // Started years 0, 1, 1, 2, 2, 5 and 6.
    expect(bucketsOf(report)).toEqual({ within1y: '1.11', y1to2: '110', y4to5: '1000', over5y: '10000' });
  });

  it('follows addYears across 29 February: a leap-day invoice is one year old on 28 February', () => {
    const items = [openItem({ documentDate: '2024-02-29', dueDate: '2024-02-29' })];
    const bucketOn = (asOf: string) =>
      agingResult(
        addOpenItems(createAgingAccumulator({ asOf, buckets: chineseAnnualBuckets }), items),
      ).currencies[0]?.buckets.find((bucket) => bucket.count > 0)?.bucketId;
    expect([
      bucketOn('2025-02-28'),
      bucketOn('2025-03-01'),
      bucketOn('2028-02-29'),
      bucketOn('2028-03-01'),
    ]).toEqual(['within1y', 'y1to2', 'y3to4', 'y4to5']);
  });

  it('can count calendar years from the due date instead', () => {
    const items = [openItem({ documentDate: '2024-01-01', dueDate: '2026-12-31' })];
    expect(bucketsOf(agingResult(age(items, { buckets: chineseAnnualBuckets, basis: 'dueDate' })))).toEqual({
      within1y: '100',
    });
  });
});

describe('customers, currencies and groups', () => {
  const customers = parsePortfolio({
    customers: [
      { id: 'C1', name: 'Hengda', tags: { region: 'East', salesperson: 'Li Wei' } },
      { id: 'C2', name: 'Lianhua', tags: { region: 'North', salesperson: 'Li Wei' } },
      { id: 'C3', name: 'Dongfang', tags: { salesperson: 'Zhang Min' } },
    ],
  }).customers;
  const items = [
    openItem({ customerId: 'C2', dueDate: '2026-04-01', openMinor: 30000 }),
    openItem({ customerId: 'C1', dueDate: '2026-06-20', openMinor: 10000 }),
    openItem({ customerId: 'C1', dueDate: '2026-05-31', currency: 'USD', openMinor: 5000 }),
    openItem({ customerId: 'C3', dueDate: '2026-07-20', openMinor: 20000 }),
    openItem({ customerId: 'C9', dueDate: '2026-06-29', openMinor: 100 }),
  ];
  const report = agingResult(age(items, { groupBy: ['region', 'salesperson'], customers }));

  it('totals per currency, never mixing them, sorted by code', () => {
    expect(
      report.currencies.map((line) => `${line.currency} ${line.balance.toFixed(2)} ${line.count}`),
    ).toEqual(['CNY 601.00 4', 'USD 50.00 1']);
  });

  it('totals per customer and currency, sorted by customer then currency', () => {
    expect(
      report.customers.map((line) => `${line.customerId} ${line.currency} ${line.balance.toFixed(2)}`),
    ).toEqual(['C1 CNY 100.00', 'C1 USD 50.00', 'C2 CNY 300.00', 'C3 CNY 200.00', 'C9 CNY 1.00']);
  });

  it('totals per tag value in groupBy order, customers without the tag (or unknown) under null, last', () => {
    expect(
      report.groups.map((line) => `${line.tag}=${line.value} ${line.currency} ${line.balance.toFixed(2)}`),
    ).toEqual([
      'region=East CNY 100.00',
      'region=East USD 50.00',
      'region=North CNY 300.00',
      'region=null CNY 201.00',
      'salesperson=Li Wei CNY 400.00',
      'salesperson=Li Wei USD 50.00',
      'salesperson=Zhang Min CNY 200.00',
      'salesperson=null CNY 1.00',
    ]);
  });

  it('gives each customer its oldest and amount-weighted average days past due, not-yet-due items counting negative', () => {
    const mixed = [
      openItem({ dueDate: '2026-05-31', openMinor: 30000 }),
      openItem({ dueDate: '2026-07-10', invoiceId: 'INV-2', openMinor: 10000 }),
    ];
    const [line] = agingResult(age(mixed)).customers;
    // (300 × 30 + 100 × (−10)) ÷ 400 = 20.
    expect(line?.oldestDaysPastDue).toBe(30);
    expect(line?.weightedAverageDaysPastDue?.toString()).toBe('20');
  });

  it('rounds the weighted average to 2 decimals once, with the rounding mode asked for', () => {
    // (1 × 1 + 7 × 0) ÷ 8 = 0.125 exactly; 1 ÷ 3 = 0.333…; −1 ÷ 8 = −0.125.
    const eighth = [
      openItem({ dueDate: '2026-06-29', openMinor: 1 }),
      openItem({ dueDate: '2026-06-30', invoiceId: 'INV-2', openMinor: 7 }),
    ];
    const third = [
      openItem({ dueDate: '2026-06-29', openMinor: 1 }),
      openItem({ dueDate: '2026-06-30', invoiceId: 'INV-2', openMinor: 2 }),
    ];
    const negative = [
      openItem({ dueDate: '2026-07-01', openMinor: 1 }),
      openItem({ dueDate: '2026-06-30', invoiceId: 'INV-2', openMinor: 7 }),
    ];
    const average = (items: OpenItem[], rounding = roundHalfUp) =>
      agingResult(age(items), { rounding }).customers[0]?.weightedAverageDaysPastDue?.toString();
    expect([average(eighth), average(eighth, roundHalfEven), average(eighth, roundDown)]).toEqual([
      '0.13',
      '0.12',
      '0.12',
    ]);
    expect([average(third), average(negative), average(negative, roundHalfEven)]).toEqual([
      '0.33',
      '-0.13',
      '-0.12',
    ]);
  });

  it('shows unapplied cash per customer and currency beside the balances, never netted', () => {
    const accumulator = age([openItem({ openMinor: 50000 })]);
    addUnappliedCredit(accumulator, {
      customerId: 'C1',
      currency: 'CNY',
      source: 'payment',
      sourceId: 'P1',
      date: '2026-06-01',
      amountMinor: 20000,
    });
    addUnappliedCredit(accumulator, {
      customerId: 'C2',
      currency: 'USD',
      source: 'creditNote',
      sourceId: 'CN1',
      date: '2026-06-01',
      amountMinor: 700,
    });
    const result = agingResult(accumulator);
    expect(
      result.customers.map(
        (line) =>
          `${line.customerId} ${line.currency} ${line.balance.toFixed(2)} ${line.unapplied.toFixed(2)}`,
      ),
    ).toEqual(['C1 CNY 500.00 200.00', 'C2 USD 0.00 7.00']);
    expect(result.customers[1]?.oldestDaysPastDue).toBeNull();
    expect(result.customers[1]?.weightedAverageDaysPastDue).toBeNull();
    expect(result.currencies.map((line) => line.unapplied.toFixed(2))).toEqual(['200.00', '7.00']);
  });
});

describe('exact sums beyond 2^53', () => {
  it('promotes a sum to bigint before it could lose a unit', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const items = [
      openItem({ openMinor: big }),
      openItem({ openMinor: big, invoiceId: 'INV-2' }),
      openItem({ openMinor: 3, invoiceId: 'INV-3' }),
    ];
    const [line] = agingResult(age(items)).customers;
    expect(line?.balance.toFixed()).toBe('180143985094819.85');
    // 30 days × (2 × (2^53 − 1) + 3) exceeds 2^53 as a product and as a sum.
    expect(line?.weightedAverageDaysPastDue?.toString()).toBe('30');
    expect(line?.overdue.toFixed()).toBe('180143985094819.85');
  });

  it('merges promoted sums exactly', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const left = age([openItem({ openMinor: big }), openItem({ openMinor: big, invoiceId: 'INV-2' })]);
    const right = age([openItem({ openMinor: big, invoiceId: 'INV-3' })]);
    expect(agingResult(mergeAgingAccumulators(left, right)).currencies[0]?.balance.toFixed()).toBe(
      decimal(String(3n * BigInt(big)))
        .div(100)
        .toFixed(),
    );
  });
});

describe('conversion to a reporting currency', () => {
  const items = [
    openItem({ openMinor: 100000 }),
    openItem({ currency: 'USD', openMinor: 10000, dueDate: '2026-01-31', invoiceId: 'INV-2' }),
    openItem({ currency: 'JPY', openMinor: 1001, dueDate: '2026-07-31', invoiceId: 'INV-3' }),
  ];

  it('multiplies each currency’s exact figures by its rate, adds them, and rounds once', () => {
    const report = agingResult(age(items), {
      reportingCurrency: 'CNY',
      rates: { USD: '7.1234', JPY: '0.0473' },
    });
    const total = report.reporting?.total;
    // 1000 + 100 × 7.1234 + 1001 × 0.0473 = 1000 + 712.34 + 47.3473 = 1759.6873.
    expect(total?.balance.toFixed()).toBe('1759.69');
    expect(total?.buckets.map((bucket) => bucket.balance.toFixed(2))).toEqual([
      '47.35',
      '1000.00',
      '0.00',
      '0.00',
      '0.00',
      '712.34',
    ]);
    expect(total?.overdue.toFixed()).toBe('1712.34');
    expect(report.reporting?.rates).toEqual({
      CNY: decimal(1),
      JPY: decimal('0.0473'),
      USD: decimal('7.1234'),
    });
    expect(
      report.reporting?.customers.map((line) => `${line.customerId} ${line.currency} ${line.count}`),
    ).toEqual(['C1 CNY 3']);
  });

  it('keeps converted buckets footing to the once-rounded total by largest remainder', () => {
    // Three buckets of 0.005 each at a rate of 1: each rounds to 0.01 alone, 0.03 in total... but the
    // exact total 0.015 rounds to 0.02, so only two buckets get a cent.
    const thirds = [
      openItem({ currency: 'KWD', openMinor: 5, dueDate: '2026-07-31' }),
      openItem({ currency: 'KWD', openMinor: 5, dueDate: '2026-06-20', invoiceId: 'INV-2' }),
      openItem({ currency: 'KWD', openMinor: 5, dueDate: '2026-05-20', invoiceId: 'INV-3' }),
    ];
    const total = agingResult(age(thirds), { reportingCurrency: 'USD', rates: { KWD: 1 } }).reporting?.total;
    expect(total?.balance.toFixed()).toBe('0.02');
    expect(total?.buckets.slice(0, 3).map((bucket) => bucket.balance.toFixed(2))).toEqual([
      '0.01',
      '0.01',
      '0.00',
    ]);
  });

  it('names every currency without a rate', () => {
    expect(() => agingResult(age(items), { reportingCurrency: 'EUR', rates: { USD: 1 } })).toThrow(
      expect.objectContaining({
        code: 'MISSING_EXCHANGE_RATE',
        details: { missing: ['CNY', 'JPY'], reportingCurrency: 'EUR' },
      }),
    );
  });

  it('refuses a rate that is not a positive decimal, or not 1 for the reporting currency itself', () => {
    for (const rates of [
      { USD: '0', JPY: 1 },
      { USD: '-7', JPY: 1 },
      { USD: 'seven', JPY: 1 },
      { USD: 7, JPY: 1, CNY: '1.01' },
    ]) {
      expect(() => agingResult(age(items), { reportingCurrency: 'CNY', rates })).toThrow(
        expect.objectContaining({ code: 'INVALID_RATE' }),
      );
    }
  });

  it('refuses rates without a reporting currency, an unknown reporting currency and a rounding that is not a function', () => {
    expect(() => agingResult(age(items), { rates: { USD: 7 } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => agingResult(age(items), { reportingCurrency: 'XYZ', rates: {} })).toThrow(
      expect.objectContaining({ code: 'INVALID_CURRENCY' }),
    );
    expect(() => agingResult(age(items), { rounding: 'halfUp' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('bad input', () => {
  it('refuses bad options of createAgingAccumulator', () => {
    const bad: [Partial<AgingAccumulatorOptions>, string][] = [
      [{ asOf: '2026-13-01' }, 'INVALID_DATE'],
      [{ basis: 'issueDate' as never }, 'INVALID_ARGUMENT'],
      [{ disputed: 'hide' as never }, 'INVALID_ARGUMENT'],
      [{ groupBy: ['region', 'region'] }, 'INVALID_ARGUMENT'],
      [{ groupBy: 'region' as never }, 'INVALID_ARGUMENT'],
      [
        { buckets: { ...thirtyDayBuckets, buckets: thirtyDayBuckets.buckets.slice(1) } },
        'INVALID_BUCKET_SCHEME',
      ],
    ];
    for (const [options, code] of bad) {
      expect(() => createAgingAccumulator({ asOf: ASOF, ...options }), JSON.stringify(options)).toThrow(
        expect.objectContaining({ code }),
      );
    }
  });

  it('refuses an item whose amounts are not whole minor units in range, leaving the accumulator unchanged', () => {
    const accumulator = age([openItem()]);
    const before = plain(agingResult(accumulator));
    const bad: Partial<OpenItem>[] = [
      { openMinor: 0 },
      { openMinor: -5 },
      { openMinor: 12.5 },
      { openMinor: Number.NaN },
      { openMinor: 2 ** 53 },
      { disputedMinor: -1 },
      { disputedMinor: 20000 },
      { disputedMinor: 0.5 },
    ];
    for (const overrides of bad) {
      expect(() => addOpenItem(accumulator, openItem(overrides)), JSON.stringify(overrides)).toThrow(
        expect.objectContaining({ code: 'INVALID_AMOUNT' }),
      );
    }
    expect(() =>
      addOpenItem(accumulator, openItem({ documentDate: '2026-01-31', dueDate: '2026-02-30' })),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_DATE',
        message: expect.stringMatching(/^addOpenItem: item "INV-1"\/1 of customer "C1": dueDate: /),
      }),
    );
    expect(() => addOpenItem(accumulator, openItem({ currency: 'cny', customerId: 'C7' }))).toThrow(
      expect.objectContaining({ code: 'INVALID_CURRENCY' }),
    );
    expect(() =>
      addUnappliedCredit(accumulator, {
        customerId: 'C1',
        currency: 'CNY',
        source: 'payment',
        sourceId: 'P',
        date: ASOF,
        amountMinor: 0,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(plain(agingResult(accumulator))).toEqual(before);
  });

  it('refuses what is not an iterable of items', () => {
    expect(() => addOpenItems(createAgingAccumulator({ asOf: ASOF }), 42 as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('refuses to merge accumulators of different passes, naming every difference', () => {
    const left = createAgingAccumulator({ asOf: ASOF });
    const right = createAgingAccumulator({ asOf: '2026-07-31', buckets: managementBuckets });
    expect(() => mergeAgingAccumulators(left, right)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        details: { differences: ['asOf 2026-06-30 and 2026-07-31', 'schemes "thirtyDay" and "management"'] },
      }),
    );
  });
});

describe('feeding and merging', () => {
  it('consumes an async iterable item by item', async () => {
    const items = [openItem(), openItem({ invoiceId: 'INV-2', dueDate: '2026-01-01' })];
    async function* stream(): AsyncGenerator<OpenItem> {
      yield* items;
    }
    const fromStream = await addOpenItems(createAgingAccumulator({ asOf: ASOF }), stream());
    expect(plain(agingResult(fromStream))).toEqual(plain(agingResult(age(items))));
  });

  it('leaves both accumulators untouched when merging', () => {
    const left = age([openItem()]);
    const right = age([openItem({ customerId: 'C2' })]);
    const before = [plain(agingResult(left)), plain(agingResult(right))];
    mergeAgingAccumulators(left, right);
    expect([plain(agingResult(left)), plain(agingResult(right))]).toEqual(before);
  });

  it('survives structuredClone, as when a worker posts its accumulator back', () => {
    const accumulator = age(
      [openItem({ openMinor: Number.MAX_SAFE_INTEGER }), openItem({ invoiceId: 'INV-2', openMinor: 9 })],
      {
        buckets: chineseAnnualBuckets,
      },
    );
    const copy = structuredClone(accumulator);
    expect(plain(agingResult(copy))).toEqual(plain(agingResult(accumulator)));
    expect(plain(agingResult(mergeAgingAccumulators(copy, accumulator)))).toEqual(
      plain(
        agingResult(
          age(
            [...Array(2)].flatMap(() => [
              openItem({ openMinor: Number.MAX_SAFE_INTEGER }),
              openItem({ invoiceId: 'INV-2', openMinor: 9 }),
            ]),
            { buckets: chineseAnnualBuckets },
          ),
        ),
      ),
    );
  });
});

const optionsArbitrary: fc.Arbitrary<Partial<AgingAccumulatorOptions>> = fc.record({
  buckets: fc.constantFrom(thirtyDayBuckets, managementBuckets, chineseAnnualBuckets),
  basis: fc.constantFrom('dueDate' as const, 'documentDate' as const),
  disputed: fc.constantFrom('include' as const, 'exclude' as const),
});

/** Splits `items` into `parts.length + 1` runs at the given cut points. */
function split<T>(items: readonly T[], cuts: readonly number[]): T[][] {
  const points = [...new Set(cuts.map((cut) => cut % (items.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((start, index) => items.slice(start, points[index] ?? items.length));
}

describe('properties', () => {
  it('makes bucket balances sum exactly to the balance, and counts to the number of items', () => {
    fc.assert(
      fc.property(openItemsArbitrary(), optionsArbitrary, (items, options) => {
        const report = agingResult(age(items, options));
        for (const line of [...report.currencies, ...report.customers]) {
          const sum = line.buckets.reduce((total, bucket) => total.plus(bucket.balance), decimal(0));
          expect(sum.equals(line.balance)).toBe(true);
          expect(line.buckets.reduce((total, bucket) => total + bucket.count, 0)).toBe(line.count);
        }
        expect(report.currencies.reduce((total, line) => total + line.count, 0)).toBe(items.length);
      }),
    );
  });

  it('makes the balance the exact open amount (less disputed parts when excluded)', () => {
    fc.assert(
      fc.property(openItemsArbitrary(), optionsArbitrary, (items, options) => {
        const report = agingResult(age(items, options));
        for (const line of report.currencies) {
          const mine = items.filter((item) => item.currency === line.currency);
          const counted = mine.reduce(
            (total, item) =>
              total + BigInt(item.openMinor - (options.disputed === 'exclude' ? item.disputedMinor : 0)),
            0n,
          );
          const digits = line.currency === 'JPY' ? 0 : 2;
          expect(line.balance.equals(decimal(counted.toString()).div(10 ** digits))).toBe(true);
        }
      }),
    );
  });

  it('merges into exactly the one-pass result, in any split and any order of merging', () => {
    fc.assert(
      fc.property(
        openItemsArbitrary(60),
        optionsArbitrary,
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (items, options, cuts, order) => {
          const onePass = plain(agingResult(age(items, options)));
          const parts = split(items, cuts).map((part) => age(part, options));
          // Merge in a drawn order: repeatedly merge a drawn pair, putting the result in a drawn place.
          while (parts.length > 1) {
            const first = parts.splice((order.pop() ?? 0) % parts.length, 1)[0]!;
            const second = parts.splice((order.pop() ?? 0) % parts.length, 1)[0]!;
            parts.splice((order.pop() ?? 0) % (parts.length + 1), 0, mergeAgingAccumulators(first, second));
          }
          expect(plain(agingResult(parts[0]!))).toEqual(onePass);
        },
      ),
    );
  });

  it('merges commutatively: a ∪ b gives what b ∪ a gives', () => {
    fc.assert(
      fc.property(openItemsArbitrary(), openItemsArbitrary(), optionsArbitrary, (left, right, options) => {
        const [a, b] = [age(left, options), age(right, options)];
        expect(plain(agingResult(mergeAgingAccumulators(a, b)))).toEqual(
          plain(agingResult(mergeAgingAccumulators(b, a))),
        );
      }),
    );
  });

  it('does not depend on the order items arrive in', () => {
    fc.assert(
      fc.property(openItemsArbitrary(), optionsArbitrary, (items, options) => {
        expect(plain(agingResult(age([...items].reverse(), options)))).toEqual(
          plain(agingResult(age(items, options))),
        );
      }),
    );
  });

  it('rounds an average exactly as the rounding mode rounds the true quotient, for every mode', () => {
    const modes: RoundingMode[] = [
      roundHalfUp,
      roundHalfEven,
      roundHalfDown,
      roundDown,
      roundUp,
      roundFloor,
      roundCeiling,
    ];
    // A mode of the caller's own takes the general path.
    const ownMode: RoundingMode = (value, places) => roundHalfEven(value, places);
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n })),
        // 8 and 200 make exact ties (0.125, 0.005) frequent.
        fc.oneof(
          fc.integer({ min: 1, max: 1000 }),
          fc.constantFrom(8, 200, 8n),
          fc.bigInt({ min: 1n, max: 10n ** 20n }),
        ),
        fc.constantFrom(...modes, ownMode),
        (numerator, denominator, mode) => {
          const exact = decimal(String(numerator)).div(decimal(String(denominator)));
          expect(agedBalancesRoundedRatio(numerator, denominator, mode).toString()).toBe(
            mode(exact, 2).toString(),
          );
        },
      ),
    );
  });

  it('foots converted buckets to the converted total, which is the exact sum rounded once', () => {
    fc.assert(
      fc.property(
        openItemsArbitrary(),
        fc.record({ USD: fc.integer({ min: 1, max: 99_999 }), JPY: fc.integer({ min: 1, max: 99_999 }) }),
        (items, rates) => {
          const rateOf = {
            CNY: decimal(1),
            USD: decimal(rates.USD).div(10_000),
            JPY: decimal(rates.JPY).div(1_000_000),
          };
          const report = agingResult(age(items), { reportingCurrency: 'CNY', rates: rateOf });
          const total = report.reporting?.total;
          if (total === undefined) throw new Error('no reporting total');
          const footed = total.buckets.reduce((sum, bucket) => sum.plus(bucket.balance), decimal(0));
          expect(footed.equals(total.balance)).toBe(true);
          const exact = report.currencies.reduce(
            (sum, line) => sum.plus(line.balance.times(rateOf[line.currency as keyof typeof rateOf])),
            decimal(0),
          );
          expect(total.balance.equals(roundHalfUp(exact, 2))).toBe(true);
        },
      ),
    );
  });
});
