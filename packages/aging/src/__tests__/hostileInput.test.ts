import type { ReceivablesErrorCode } from '@receivables/core';
import {
  checkHostileCall,
  checkLinearTime,
  hostileAmountArbitrary,
  hostileDateArbitrary,
  hostileJsonArbitrary,
  hostileNumberArbitrary,
  nearValidArbitrary,
  portfolioArbitrary,
} from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageReceivables,
  allowanceMovement,
  assessWriteOffEligibility,
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
  createAllowanceRateMatrix,
  createBucketScheme,
  euLatePaymentInterest,
  findBucketIndex,
  lateInterest,
  longOverdueShare,
  managementBuckets,
  overdueRate,
  parseInterestRate,
  parseReferenceRateTable,
  receivablesTurnover,
  requiredAllowance,
  rollRateProvisionMatrix,
  standardDso,
  thirtyDayBuckets,
  turnoverDso,
} from '../index.ts';

/** A value as a JSON file would hold it. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const json = hostileJsonArbitrary();
const hostileFields = fc.oneof(
  hostileAmountArbitrary(),
  hostileNumberArbitrary(),
  hostileDateArbitrary(),
  json,
);

/** Valid data with one hostile change anywhere in it, as a bare value. */
const nearValid = <T>(...valid: T[]): fc.Arbitrary<unknown> =>
  nearValidArbitrary(fc.constantFrom(...valid.map(plain)), { values: hostileFields }).map(
    ({ value }) => value,
  );

/** Runs a call on hostile input and, when it is refused, checks that the code is one the function documents. */
function expectContained(call: () => unknown, codes: readonly ReceivablesErrorCode[]): void {
  const outcome = checkHostileCall(call);
  if (outcome.kind === 'rejected') expect(codes).toContain(outcome.error.code);
}

const AMOUNT_CODES: readonly ReceivablesErrorCode[] = ['INVALID_AMOUNT', 'AMOUNT_OUT_OF_RANGE'];
const KPI_CODES: readonly ReceivablesErrorCode[] = [
  ...AMOUNT_CODES,
  'INVALID_ARGUMENT',
  'INVALID_DATE',
  'NO_SALES_IN_PERIOD',
  'ZERO_DENOMINATOR',
];

const smeRate = plain(chinaSmePaymentInterest());
const euRate = plain(
  euLatePaymentInterest({
    reference: {
      name: 'ECB main refinancing rate',
      rates: [
        { effectiveFrom: '2025-06-11', rate: '0.0215' },
        { effectiveFrom: '2026-06-10', rate: '0.0200' },
      ],
    },
  }),
);

describe('inputs that once broke a reader', () => {
  it('refuses a bucket rate object whose "toString" is not a function with INVALID_RATE', () => {
    const matrix = plain(chineseAgingMethodRates);
    const rates = { ...matrix.bucketRates, y4to5: JSON.parse('{"toString":"x","valueOf":1}') };
    const outcome = checkHostileCall(() =>
      requiredAllowance({
        currency: 'CNY',
        balances: { within1y: '1' },
        matrix: { ...matrix, bucketRates: rates },
      }),
    );
    expect(outcome.kind === 'rejected' && outcome.error.code).toBe('INVALID_RATE');
  });

  it('refuses a KPI amount of 1e99999999999999999 with AMOUNT_OUT_OF_RANGE instead of returning Infinity', () => {
    expect(() =>
      standardDso({ creditSales: 1, endingReceivables: '1e99999999999999999', dayCount: 365 }),
    ).toThrow(expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }));
  });
});

describe('properties', () => {
  it('createBucketScheme refuses arbitrary and near-valid schemes only with INVALID_BUCKET_SCHEME', () => {
    const schemes = fc.oneof(json, nearValid(thirtyDayBuckets, chineseAnnualBuckets, managementBuckets));
    fc.assert(
      fc.property(schemes, (raw) =>
        expectContained(() => createBucketScheme(raw), ['INVALID_BUCKET_SCHEME']),
      ),
    );
  });

  it('createBucketScheme accepts only schemes in which every measure falls in exactly one bucket', () => {
    const schemes = nearValid(thirtyDayBuckets, chineseAnnualBuckets, managementBuckets);
    fc.assert(
      fc.property(schemes, fc.integer({ min: -100_000, max: 100_000 }), (raw, measure) => {
        const outcome = checkHostileCall(() => createBucketScheme(raw));
        if (outcome.kind === 'rejected') return;
        const scheme = outcome.value;
        const holding = scheme.buckets.filter(
          (bucket) => (bucket.from ?? -Infinity) <= measure && measure <= (bucket.to ?? Infinity),
        );
        expect(holding).toHaveLength(1);
        expect(scheme.buckets[findBucketIndex(scheme, measure)]).toBe(holding[0]);
      }),
    );
  });

  it('createAllowanceRateMatrix accepts only rates from 0 to 1 and refuses the rest with a coded error', () => {
    fc.assert(
      fc.property(fc.oneof(json, nearValid(chineseAgingMethodRates)), (raw) => {
        const outcome = checkHostileCall(() => createAllowanceRateMatrix(raw as never));
        if (outcome.kind === 'rejected')
          expect(['INVALID_RATE', 'INVALID_ARGUMENT']).toContain(outcome.error.code);
        else {
          for (const rate of Object.values(outcome.value.bucketRates)) {
            expect(Number(rate) >= 0 && Number(rate) <= 1).toBe(true);
          }
        }
      }),
    );
  });

  it('parseInterestRate and parseReferenceRateTable refuse arbitrary and near-valid rates only with INVALID_RATE', () => {
    const table = {
      name: '1-year LPR',
      rates: [
        { effectiveFrom: '2025-05-20', rate: '0.03' },
        { effectiveFrom: '2025-10-20', rate: '0.029' },
      ],
    };
    fc.assert(
      fc.property(fc.oneof(json, nearValid<unknown>(smeRate, euRate)), (raw) =>
        expectContained(() => parseInterestRate(raw), ['INVALID_RATE']),
      ),
    );
    fc.assert(
      fc.property(fc.oneof(json, nearValid(table)), (raw) =>
        expectContained(() => parseReferenceRateTable(raw), ['INVALID_RATE']),
      ),
    );
  });

  it('every KPI returns a finite decimal or a coded error for hostile figures', () => {
    const period = { creditSales: 7300, dayCount: 365 };
    const kpis: readonly [unknown, (input: never) => unknown][] = [
      [{ ...period, endingReceivables: 1000 }, standardDso],
      [{ ...period, currentReceivables: 600 }, bestPossibleDso],
      [{ dso: 50, bestPossibleDso: 30 }, averageDaysDelinquent],
      [{ writtenOff: '18000.00', creditSales: '1200000.00' }, badDebtRate],
      [{ collected: '460000.00', due: '500000.00' }, collectionRate],
      [{ overdue: '2750.00', total: '6340.00' }, overdueRate],
      [{ longOverdue: '800.00', total: '6400.00' }, longOverdueShare],
      [{ sales: 3650, openingReceivables: 400, closingReceivables: 600 }, receivablesTurnover],
      [{ sales: 3650, openingReceivables: 400, closingReceivables: 600, dayCount: 365 }, turnoverDso],
      [
        {
          beginningReceivables: 6200,
          creditSales: 10890,
          months: 3,
          endingReceivables: 6340,
          endingCurrentReceivables: 3590,
        },
        collectionEffectivenessIndex,
      ],
      [
        {
          endingReceivables: 1000,
          months: [
            { sales: 400, days: 30 },
            { sales: 300, days: 31 },
          ],
        },
        countBackDso,
      ],
    ];
    for (const [valid, kpi] of kpis) {
      fc.assert(
        fc.property(nearValid(valid), (input) => expectContained(() => kpi(input as never), KPI_CODES)),
      );
    }
  });

  it('ageReceivables and computeOpenItems refuse hostile options with a coded error', () => {
    const portfolios = portfolioArbitrary({ maxInvoices: 5 });
    // Mostly valid options, so that the hostile one reaches the computation.
    const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 3 }, json);
    const buckets = mostly(fc.constantFrom(thirtyDayBuckets, chineseAnnualBuckets));
    const groupBys = mostly(fc.constantFrom(undefined, ['region'], []));
    const bases = mostly(fc.constantFrom(undefined, 'dueDate', 'documentDate'));
    const dates = fc.oneof(fc.constantFrom('2026-06-30', '0001-01-01', '9999-12-31'), hostileDateArbitrary());
    fc.assert(
      fc.property(portfolios, dates, buckets, groupBys, bases, (portfolio, asOf, scheme, groupBy, basis) => {
        checkHostileCall(() => computeOpenItems(portfolio, { asOf: asOf as never }));
        checkHostileCall(() =>
          ageReceivables(portfolio, { asOf, buckets: scheme, groupBy, basis } as unknown as Parameters<
            typeof ageReceivables
          >[1]),
        );
      }),
    );
  });

  it('the allowance, write-off and late-charge calculations refuse hostile figures with a coded error', () => {
    const balances = { within1y: '100000', y1to2: '50000', y2to3: '20000', y3to4: '10000' };
    const individual = [
      { id: 'INV-42', bucketId: 'y2to3', amount: '8000', rate: '1', reason: 'liquidation' },
    ];
    const calculations: readonly [unknown, (input: never) => unknown][] = [
      [{ currency: 'CNY', balances, matrix: chineseAgingMethodRates, individual }, requiredAllowance],
      [
        { currency: 'CNY', opening: '20000', writeOffs: '3000', recoveries: '500', required: '27000' },
        allowanceMovement,
      ],
      [
        {
          currency: 'CNY',
          bucketOrder: ['current', 'd1to30', 'over30'],
          agings: [
            { asOf: '2025-01-31', balances: { current: '1000', d1to30: '400', over30: '100' } },
            { asOf: '2025-02-28', balances: { current: '1000', d1to30: '200', over30: '200' } },
          ],
          writeOffRate: '0.5',
        },
        rollRateProvisionMatrix,
      ],
      [
        {
          currency: 'CNY',
          dueDate: '2026-01-31',
          asOf: '2026-03-31',
          principal: '100000',
          payments: [{ date: '2026-03-02', amount: '40000' }],
          rate: smeRate,
        },
        lateInterest,
      ],
      [
        { currency: 'EUR', dueDate: '2026-06-20', asOf: '2026-07-10', principal: '36500', rate: euRate },
        lateInterest,
      ],
      [
        { amount: '42000.00', currency: 'CNY', dueDate: '2022-03-31' },
        (item: never) => assessWriteOffEligibility(item, { asOf: '2025-06-30' }),
      ],
    ];
    for (const [valid, calculate] of calculations) {
      fc.assert(
        fc.property(nearValid(valid), (input) => void checkHostileCall(() => calculate(input as never))),
      );
    }
  });

  it('takes linear time on long adversarial text in scheme, matrix, rate-table and amount fields', () => {
    const scheme = plain(thirtyDayBuckets);
    checkLinearTime((text) =>
      createBucketScheme({
        ...scheme,
        buckets: [{ ...scheme.buckets[0], label: { en: text, 'zh-CN': text } }],
      }),
    );
    checkLinearTime((text) => createAllowanceRateMatrix({ ...plain(chineseAgingMethodRates), id: text }));
    checkLinearTime((text) =>
      parseReferenceRateTable({ name: text, rates: [{ effectiveFrom: text, rate: text }] }),
    );
    checkLinearTime((text) => standardDso({ creditSales: text, endingReceivables: 1, dayCount: 365 }));
  }, 120_000);
});
