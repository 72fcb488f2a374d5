import { addMonths, decimal, endOfMonth } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  MonthEndAging,
  RollRateProvisionMatrixOptions,
  RollRateProvisionMatrixResult,
} from '../../index.ts';
import { requiredAllowance, rollRateProvisionMatrix } from '../../index.ts';

const bucketOrder = ['current', 'd1to30', 'd31to60', 'over60'];

// Small round numbers, worked by hand:
//   current → d1to30:  1000 → 300 (30 %), 2000 → 200 (10 %); weighted 500 / 3000 = 16.6667 %, simple 20 %
//   d1to30 → d31to60:  200 → 100, 300 → 150 (50 % both months)
//   d31to60 → over60:  100 → 50 (50 %), 100 → 60 (60 %); weighted 110 / 200 = 55 %, simple 55 %
//   over60 → write-off: 50 → 40, 50 → 40 (80 %)
const agings: readonly MonthEndAging[] = [
  { asOf: '2025-01-31', balances: { current: '1000', d1to30: '200', d31to60: '100', over60: '50' } },
  { asOf: '2025-02-28', balances: { current: '2000', d1to30: '300', d31to60: '100', over60: '50' } },
  { asOf: '2025-03-31', balances: { current: '1000', d1to30: '200', d31to60: '150', over60: '60' } },
];
const writeOffs = [
  { asOf: '2025-02-28', amount: '40' },
  { asOf: '2025-03-31', amount: '40' },
];
const base: RollRateProvisionMatrixOptions = { currency: 'CNY', agings, bucketOrder, writeOffs };

function rates(
  result: RollRateProvisionMatrixResult,
  key: 'rollRate' | 'lossRate' | 'adjustedLossRate',
): string[] {
  return result.buckets.map((bucket) => bucket[key].toString());
}

describe('rollRateProvisionMatrix', () => {
  it('derives balance-weighted roll rates and loss rates as products down to write-off', () => {
    const result = rollRateProvisionMatrix(base);
    expect(result.averaging).toBe('balanceWeighted');
    expect(result.buckets.map((bucket) => [bucket.bucketId, bucket.rollsTo])).toEqual([
      ['current', 'd1to30'],
      ['d1to30', 'd31to60'],
      ['d31to60', 'over60'],
      ['over60', null],
    ]);
    expect(rates(result, 'rollRate')).toEqual(['0.166667', '0.5', '0.55', '0.8']);
    // 0.8; 0.55 × 0.8 = 0.44; 0.5 × 0.44 = 0.22; 0.166667 × 0.22 = 0.03666674 → 0.036667
    expect(rates(result, 'lossRate')).toEqual(['0.036667', '0.22', '0.44', '0.8']);
    expect(rates(result, 'adjustedLossRate')).toEqual(['0.036667', '0.22', '0.44', '0.8']);
    expect(
      result.buckets.every((bucket) => bucket.rollRateSource === 'observed' && bucket.monthsUsed === 2),
    ).toBe(true);
  });

  it('explains every rate with figures that multiply out', () => {
    expect(rollRateProvisionMatrix(base).buckets.map((bucket) => bucket.explanation)).toEqual([
      'current: 16.6667% rolls to d1to30 (balance-weighted over 2 months) × 22.0% (loss rate of d1to30) = 3.666674%, rounded to 3.6667%',
      'd1to30: 50.0% rolls to d31to60 (balance-weighted over 2 months) × 44.0% (loss rate of d31to60) = 22.0%',
      'd31to60: 55.0% rolls to over60 (balance-weighted over 2 months) × 80.0% (loss rate of over60) = 44.0%',
      'over60: 80.0% written off (balance-weighted over 2 months); loss rate 80.0%',
    ]);
  });

  it('keeps the monthly observations', () => {
    const [current] = rollRateProvisionMatrix(base).buckets;
    expect(
      current?.observations.map((month) => [
        month.from,
        month.to,
        month.balance.toString(),
        month.rolled.toString(),
        String(month.rate),
      ]),
    ).toEqual([
      ['2025-01-31', '2025-02-28', '1000', '300', '0.3'],
      ['2025-02-28', '2025-03-31', '2000', '200', '0.1'],
    ]);
  });

  it('averages the monthly rates when asked for a simple average', () => {
    const result = rollRateProvisionMatrix({ ...base, averaging: 'simple' });
    expect(rates(result, 'rollRate')).toEqual(['0.2', '0.5', '0.55', '0.8']);
    expect(rates(result, 'lossRate')).toEqual(['0.044', '0.22', '0.44', '0.8']);
    expect(result.buckets[0]?.explanation).toBe(
      'current: 20.0% rolls to d1to30 (simple average over 2 months) × 22.0% (loss rate of d1to30) = 4.4%',
    );
  });

  it('rounds rates to the decimals asked for', () => {
    const result = rollRateProvisionMatrix({ ...base, rateDecimalPlaces: 2 });
    // 1/6 → 0.17; 0.17 × 0.22 = 0.0374 → 0.04
    expect(rates(result, 'rollRate')[0]).toBe('0.17');
    expect(rates(result, 'lossRate')[0]).toBe('0.04');
  });

  it('uses a given write-off rate for the oldest bucket, 100 % by default', () => {
    const given = rollRateProvisionMatrix({ currency: 'CNY', agings, bucketOrder, writeOffRate: '0.5' });
    expect(rates(given, 'lossRate')).toEqual(['0.022917', '0.1375', '0.275', '0.5']);
    expect(given.buckets[3]).toMatchObject({ rollRateSource: 'given', observations: [], monthsUsed: 0 });
    expect(given.buckets[3]?.explanation).toBe('over60: 50.0% written off (given); loss rate 50.0%');
    const byDefault = rollRateProvisionMatrix({ currency: 'CNY', agings, bucketOrder });
    expect(rates(byDefault, 'lossRate')).toEqual(['0.045833', '0.275', '0.55', '1']);
  });

  it('applies one forward-looking factor to every bucket', () => {
    const result = rollRateProvisionMatrix({
      ...base,
      averaging: 'simple',
      forwardLooking: { factor: '1.1' },
    });
    expect(rates(result, 'adjustedLossRate')).toEqual(['0.0484', '0.242', '0.484', '0.88']);
    expect(result.buckets.every((bucket) => bucket.forwardLookingFactor.toString() === '1.1')).toBe(true);
    expect(result.buckets[0]?.explanation).toBe(
      'current: 20.0% rolls to d1to30 (simple average over 2 months) × 22.0% (loss rate of d1to30) = 4.4%; × 1.1 forward-looking = 4.84%',
    );
  });

  it('caps an adjusted loss rate at 100 % and says so', () => {
    const result = rollRateProvisionMatrix({ ...base, forwardLooking: { factor: '1.5' } });
    const oldest = result.buckets[3];
    expect(oldest?.adjustedLossRate.toString()).toBe('1');
    expect(oldest?.capped).toBe(true);
    expect(oldest?.explanation).toBe(
      'over60: 80.0% written off (balance-weighted over 2 months); loss rate 80.0%; × 1.5 forward-looking = 120.0%, capped at 100.0%',
    );
    expect(result.buckets[2]?.capped).toBe(false);
    expect(result.buckets[2]?.adjustedLossRate.toString()).toBe('0.66');
  });

  it('adjusts single buckets with per-bucket factors, leaving the others at 1', () => {
    const result = rollRateProvisionMatrix({
      ...base,
      forwardLooking: { perBucket: { over60: '1.25', d1to30: 0 } },
    });
    expect(rates(result, 'adjustedLossRate')).toEqual(['0.036667', '0', '0.44', '1']);
    expect(result.buckets[3]?.capped).toBe(false);
  });

  it('skips months where a bucket had no balance, and says how many', () => {
    const sparse: MonthEndAging[] = [
      { asOf: '2024-11-30', balances: { current: '100', late: '0' } },
      { asOf: '2024-12-31', balances: { current: '100', late: '40' } },
      {
        asOf: '2025-01-31',
        balances: [
          { bucketId: 'current', amount: '100' },
          { bucketId: 'late', amount: '10' },
        ],
      },
    ];
    const result = rollRateProvisionMatrix({
      currency: 'CNY',
      agings: sparse,
      bucketOrder: ['current', 'late'],
      writeOffs: [{ asOf: '2025-01-31', amount: '30' }],
    });
    const late = result.buckets[1];
    expect(late?.monthsUsed).toBe(1);
    expect(late?.observations.map((month) => month.rate?.toString() ?? null)).toEqual([null, '0.75']);
    expect(late?.explanation).toBe(
      'late: 75.0% written off (balance-weighted over 1 month; 1 month with no balance skipped); loss rate 75.0%',
    );
    expect(rates(result, 'lossRate')).toEqual(['0.1875', '0.75']);
  });

  it('gives a matrix that requiredAllowance applies', () => {
    const { matrix } = rollRateProvisionMatrix({ ...base, averaging: 'simple', id: 'ecl2025' });
    expect(matrix.id).toBe('ecl2025');
    expect(Object.isFrozen(matrix) && Object.isFrozen(matrix.bucketRates)).toBe(true);
    const required = requiredAllowance({
      currency: 'CNY',
      matrix,
      balances: { current: '10000', d1to30: '1000', d31to60: '500', over60: '100' },
    });
    // 440 + 220 + 220 + 80
    expect(required.totals.required.toFixed(2)).toBe('960.00');
  });
});

describe('rollRateProvisionMatrix bad input', () => {
  const throwsCode = (
    code: string,
    change: Partial<Record<keyof RollRateProvisionMatrixOptions, unknown>>,
  ): void => {
    expect(() => rollRateProvisionMatrix({ ...base, ...change } as RollRateProvisionMatrixOptions)).toThrow(
      expect.objectContaining({ code }),
    );
  };

  it('refuses fewer than two agings', () => {
    throwsCode('INVALID_ARGUMENT', { agings: agings.slice(0, 1) });
    throwsCode('INVALID_ARGUMENT', { agings: 'monthly' });
  });

  it('refuses dates that are not consecutive month-ends, oldest first', () => {
    expect(() =>
      rollRateProvisionMatrix({ ...base, agings: [agings[0]!, agings[2]!], writeOffs: [] }),
    ).toThrow(
      'rollRateProvisionMatrix: agings[1].asOf: 2025-03-31 does not follow 2025-01-31; the next month-end is 2025-02-28',
    );
    throwsCode('INVALID_ARGUMENT', { agings: [agings[1]!, agings[0]!] });
    throwsCode('INVALID_ARGUMENT', { agings: [{ ...agings[0]!, asOf: '2025-01-30' }, agings[1]!] });
    throwsCode('INVALID_DATE', { agings: [{ ...agings[0]!, asOf: '2025-01-32' }, agings[1]!] });
  });

  it('refuses a bucket that is not in bucketOrder, and a bad bucket order', () => {
    expect(() =>
      rollRateProvisionMatrix({
        ...base,
        agings: [agings[0]!, { asOf: '2025-02-28', balances: { d61to90: '1' } }],
        writeOffs: [],
      }),
    ).toThrow('rollRateProvisionMatrix: agings[1].balances.d61to90: bucket "d61to90" is not in bucketOrder');
    throwsCode('INVALID_ARGUMENT', { bucketOrder: [] });
    throwsCode('INVALID_ARGUMENT', { bucketOrder: ['current', 'current'] });
    throwsCode('INVALID_ARGUMENT', { bucketOrder: ['current', 3] });
  });

  it('refuses a bucket with no balance in any month but the last', () => {
    const empty: MonthEndAging[] = [
      { asOf: '2025-01-31', balances: { current: '100' } },
      { asOf: '2025-02-28', balances: { current: '100', late: '50' } },
    ];
    expect(() =>
      rollRateProvisionMatrix({ currency: 'CNY', agings: empty, bucketOrder: ['current', 'late'] }),
    ).not.toThrow();
    expect(() =>
      rollRateProvisionMatrix({
        currency: 'CNY',
        agings: empty,
        bucketOrder: ['current', 'late'],
        writeOffs: [],
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', details: { bucketId: 'late' } }));
  });

  it('refuses negative or malformed balances', () => {
    throwsCode('INVALID_AMOUNT', {
      agings: [{ asOf: '2025-01-31', balances: { current: '-1' } }, agings[1]!],
    });
    throwsCode('AMOUNT_TOO_PRECISE', {
      agings: [{ asOf: '2025-01-31', balances: { current: '0.001' } }, agings[1]!],
    });
    throwsCode('INVALID_CURRENCY', { currency: 'RMB' });
  });

  it('refuses bad write-offs', () => {
    throwsCode('INVALID_ARGUMENT', { writeOffRate: '0.5' });
    throwsCode('INVALID_ARGUMENT', { writeOffs: [{ asOf: '2025-01-31', amount: '1' }] });
    throwsCode('INVALID_ARGUMENT', { writeOffs: [...writeOffs, { asOf: '2025-03-31', amount: '1' }] });
    throwsCode('INVALID_ARGUMENT', { writeOffs: 'none' });
    throwsCode('INVALID_AMOUNT', { writeOffs: [{ asOf: '2025-03-31', amount: '-1' }] });
    throwsCode('INVALID_DATE', { writeOffs: [{ asOf: '31/03/2025', amount: '1' }] });
    for (const writeOffRate of ['1.2', '-0.1', 'all']) {
      expect(() => rollRateProvisionMatrix({ currency: 'CNY', agings, bucketOrder, writeOffRate })).toThrow(
        expect.objectContaining({ code: 'INVALID_RATE' }),
      );
    }
  });

  it('refuses bad forward-looking factors', () => {
    throwsCode('INVALID_RATE', { forwardLooking: { factor: '-0.1' } });
    throwsCode('INVALID_RATE', { forwardLooking: { perBucket: { over60: 'x' } } });
    throwsCode('INVALID_ARGUMENT', { forwardLooking: { perBucket: { d91to120: '1.1' } } });
    throwsCode('INVALID_ARGUMENT', { forwardLooking: { factor: '1', perBucket: {} } });
    throwsCode('INVALID_ARGUMENT', { forwardLooking: {} });
    throwsCode('INVALID_ARGUMENT', { forwardLooking: { perBucket: 2 } });
  });

  it('refuses options outside their domain', () => {
    throwsCode('INVALID_ARGUMENT', { averaging: 'median' });
    throwsCode('INVALID_ARGUMENT', { rateDecimalPlaces: 2.5 });
    throwsCode('INVALID_ARGUMENT', { rateDecimalPlaces: 21 });
    throwsCode('INVALID_ARGUMENT', { id: '  ' });
  });
});

/**
 * Histories where each bucket's balance a month later is at most the previous bucket's balance the
 * month before (part of it paid), as in a scheme of one-month buckets: every roll rate is at most 1.
 */
const historyArbitrary = fc
  .record({
    buckets: fc.integer({ min: 2, max: 5 }),
    months: fc.integer({ min: 2, max: 6 }),
  })
  .chain(({ buckets, months }) =>
    fc.record({
      first: fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: buckets, maxLength: buckets }),
      fresh: fc.array(fc.integer({ min: 1, max: 10_000_000 }), {
        minLength: months - 1,
        maxLength: months - 1,
      }),
      kept: fc.array(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: buckets, maxLength: buckets }),
        {
          minLength: months - 1,
          maxLength: months - 1,
        },
      ),
      writeOffRate: fc.integer({ min: 0, max: 100 }).map((percent) => (percent / 100).toFixed(2)),
    }),
  )
  .map(({ first, fresh, kept, writeOffRate }) => {
    const cents = [first];
    fresh.forEach((newest, t) => {
      const previous = cents[t]!;
      cents.push(
        previous.map((_, k) =>
          k === 0 ? newest : Math.floor(((previous[k - 1] ?? 0) * (kept[t]?.[k] ?? 0)) / 1000),
        ),
      );
    });
    const order = first.map((_, k) => `b${k}`);
    const history: MonthEndAging[] = cents.map((row, t) => ({
      asOf: monthEnd(t),
      balances: Object.fromEntries(row.map((amount, k) => [`b${k}`, decimal(amount).dividedBy(100)])),
    }));
    return { order, history, writeOffRate };
  });

function monthEnd(t: number): string {
  return endOfMonth(addMonths('2024-01-01', t));
}

describe('properties', () => {
  it('never lowers a loss rate with age: with roll rates ≤ 1, loss rates are non-decreasing toward older buckets', () => {
    fc.assert(
      fc.property(
        historyArbitrary,
        fc.constantFrom('balanceWeighted' as const, 'simple' as const),
        ({ order, history, writeOffRate }, averaging) => {
          const result = rollRateProvisionMatrix({
            currency: 'CNY',
            agings: history,
            bucketOrder: order,
            writeOffRate,
            averaging,
          });
          result.buckets.forEach((bucket, k) => {
            expect(bucket.rollRate.lessThanOrEqualTo(1)).toBe(true);
            const older = result.buckets[k + 1];
            if (older) expect(bucket.lossRate.lessThanOrEqualTo(older.lossRate)).toBe(true);
          });
        },
      ),
    );
  });

  it('chains the product: each loss rate is its roll rate × the next bucket’s loss rate, rounded half up', () => {
    fc.assert(
      fc.property(historyArbitrary, ({ order, history, writeOffRate }) => {
        const result = rollRateProvisionMatrix({
          currency: 'CNY',
          agings: history,
          bucketOrder: order,
          writeOffRate,
        });
        result.buckets.forEach((bucket, k) => {
          const older = result.buckets[k + 1];
          const expected = older
            ? bucket.rollRate.times(older.lossRate).toDecimalPlaces(6, 4)
            : decimal(writeOffRate);
          expect(bucket.lossRate.equals(expected)).toBe(true);
        });
      }),
    );
  });

  it('keeps adjusted rates usable as a matrix: every adjusted loss rate lies in [0, 1] whatever the factor', () => {
    fc.assert(
      fc.property(
        historyArbitrary,
        fc.integer({ min: 0, max: 400 }),
        ({ order, history, writeOffRate }, percent) => {
          const factor = (percent / 100).toFixed(2);
          const result = rollRateProvisionMatrix({
            currency: 'CNY',
            agings: history,
            bucketOrder: order,
            writeOffRate,
            forwardLooking: { factor },
          });
          for (const bucket of result.buckets) {
            expect(bucket.adjustedLossRate.isNegative()).toBe(false);
            expect(bucket.adjustedLossRate.lessThanOrEqualTo(1)).toBe(true);
            expect(bucket.capped).toBe(bucket.lossRate.times(factor).greaterThan(1));
          }
        },
      ),
    );
  });

  it('averages within the observed range: each average lies between the smallest and largest monthly rate', () => {
    fc.assert(
      fc.property(
        historyArbitrary,
        fc.constantFrom('balanceWeighted' as const, 'simple' as const),
        ({ order, history, writeOffRate }, averaging) => {
          const result = rollRateProvisionMatrix({
            currency: 'CNY',
            agings: history,
            bucketOrder: order,
            writeOffRate,
            averaging,
          });
          for (const bucket of result.buckets.slice(0, -1)) {
            const monthly = bucket.observations.flatMap((month) => (month.rate === null ? [] : [month.rate]));
            expect(monthly.length).toBe(bucket.monthsUsed);
            expect(monthly.some((rate) => rate.lessThanOrEqualTo(bucket.rollRate))).toBe(true);
            expect(monthly.some((rate) => rate.greaterThanOrEqualTo(bucket.rollRate))).toBe(true);
          }
        },
      ),
    );
  });

  it('depends on proportions only: scaling every balance by the same whole number leaves every rate unchanged', () => {
    fc.assert(
      fc.property(
        historyArbitrary,
        fc.integer({ min: 2, max: 1000 }),
        ({ order, history, writeOffRate }, scale) => {
          const scaled = history.map((aging) => ({
            asOf: aging.asOf,
            balances: Object.fromEntries(
              Object.entries(aging.balances).map(([id, amount]) => [id, decimal(amount).times(scale)]),
            ),
          }));
          const options = { currency: 'CNY', bucketOrder: order, writeOffRate };
          const original = rollRateProvisionMatrix({ ...options, agings: history });
          const larger = rollRateProvisionMatrix({ ...options, agings: scaled });
          expect(JSON.stringify(larger.matrix)).toBe(JSON.stringify(original.matrix));
        },
      ),
    );
  });
});
