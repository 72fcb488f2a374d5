import { decimal, roundDown, roundHalfEven, roundUp } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AllowanceRateMatrix, RequiredAllowanceResult } from '../../index.ts';
import { chineseAgingMethodRates, requiredAllowance } from '../../index.ts';
import { chineseAnnualIds, cnyBalance, lossRate } from './allowanceArbitraries.ts';

const specBalances = {
  within1y: '100000',
  y1to2: '50000',
  y2to3: '20000',
  y3to4: '10000',
  y4to5: '5000',
  over5y: '2000',
};

function column(
  result: RequiredAllowanceResult,
  key: 'balance' | 'collectivelyAssessed' | 'required',
): string[] {
  return result.buckets.map((line) => line[key].toFixed(2));
}

describe('requiredAllowance', () => {
  it('gives the spec §2.3 example: 5,000 + 5,000 + 6,000 + 5,000 + 4,000 + 2,000 = 27,000', () => {
    const result = requiredAllowance({
      currency: 'CNY',
      balances: specBalances,
      matrix: chineseAgingMethodRates,
    });
    expect(result.currency).toBe('CNY');
    expect(result.matrixId).toBe('chineseAgingMethod');
    expect(result.buckets.map((line) => line.bucketId)).toEqual([...chineseAnnualIds]);
    expect(column(result, 'required')).toEqual([
      '5000.00',
      '5000.00',
      '6000.00',
      '5000.00',
      '4000.00',
      '2000.00',
    ]);
    expect(result.totals.required.toFixed(2)).toBe('27000.00');
    expect(result.totals.balance.toFixed(2)).toBe('187000.00');
    expect(result.individual).toEqual([]);
  });

  it('takes balances as lines as well as a record, with the same result', () => {
    const lines = Object.entries(specBalances).map(([bucketId, amount]) => ({ bucketId, amount }));
    const fromLines = requiredAllowance({
      currency: 'CNY',
      balances: lines,
      matrix: chineseAgingMethodRates,
    });
    const fromRecord = requiredAllowance({
      currency: 'CNY',
      balances: specBalances,
      matrix: chineseAgingMethodRates,
    });
    expect(JSON.stringify(fromLines)).toBe(JSON.stringify(fromRecord));
  });

  it('shows every bucket of the matrix, with zero for those without a balance', () => {
    const result = requiredAllowance({
      currency: 'CNY',
      balances: { y2to3: '1000.00' },
      matrix: chineseAgingMethodRates,
    });
    expect(column(result, 'balance')).toEqual(['0.00', '0.00', '1000.00', '0.00', '0.00', '0.00']);
    expect(result.totals.required.toFixed(2)).toBe('300.00');
  });

  it('lets individually assessed items override the matrix: out of their bucket, in at their own allowance', () => {
    const result = requiredAllowance({
      currency: 'CNY',
      balances: specBalances,
      matrix: chineseAgingMethodRates,
      individual: [
        { id: 'INV-7', bucketId: 'y2to3', amount: '8000', rate: '1', reason: 'debtor in liquidation' },
        { id: 'INV-9', bucketId: 'within1y', amount: '30000', allowance: '1500.50' },
      ],
    });
    // within1y: (100,000 − 30,000) × 5 % = 3,500; y2to3: (20,000 − 8,000) × 30 % = 3,600.
    expect(column(result, 'collectivelyAssessed')).toEqual([
      '70000.00',
      '50000.00',
      '12000.00',
      '10000.00',
      '5000.00',
      '2000.00',
    ]);
    expect(column(result, 'required')).toEqual([
      '3500.00',
      '5000.00',
      '3600.00',
      '5000.00',
      '4000.00',
      '2000.00',
    ]);
    expect(
      result.individual.map((line) => [line.id, line.allowance.toFixed(2), line.rate?.toString()]),
    ).toEqual([
      ['INV-7', '8000.00', '1'],
      ['INV-9', '1500.50', undefined],
    ]);
    expect(result.individual[0]?.reason).toBe('debtor in liquidation');
    expect(result.totals.collectiveAllowance.toFixed(2)).toBe('23100.00');
    expect(result.totals.individualAllowance.toFixed(2)).toBe('9500.50');
    expect(result.totals.required.toFixed(2)).toBe('32600.50');
    expect(result.totals.individuallyAssessed.toFixed(2)).toBe('38000.00');
  });

  it('rounds each line once and totals the rounded lines, so the table adds up to the cent', () => {
    const matrix: AllowanceRateMatrix = { id: 'five', bucketRates: { a: '0.05', b: '0.05', c: '0.05' } };
    // Each line is 0.10 × 5 % = 0.005 exactly, rounded half up to 0.01; the exact total 0.015 would give 0.02.
    const result = requiredAllowance({
      currency: 'CNY',
      balances: { a: '0.10', b: '0.10', c: '0.10' },
      matrix,
    });
    expect(result.buckets.map((line) => line.exactRequired.toString())).toEqual(['0.005', '0.005', '0.005']);
    expect(column(result, 'required')).toEqual(['0.01', '0.01', '0.01']);
    expect(result.totals.required.toFixed(2)).toBe('0.03');
  });

  it('rounds with the mode given: 100.10 × 5 % = 5.005', () => {
    const matrix: AllowanceRateMatrix = { id: 'five', bucketRates: { a: '0.05' } };
    const required = (rounding?: typeof roundHalfEven): string =>
      requiredAllowance({
        currency: 'CNY',
        balances: { a: '100.10' },
        matrix,
        rounding,
      }).totals.required.toFixed(2);
    expect(required()).toBe('5.01');
    expect(required(roundHalfEven)).toBe('5.00');
    expect(required(roundDown)).toBe('5.00');
    expect(required(roundUp)).toBe('5.01');
  });

  it('rounds to the currency: whole yen, three decimals for dinars', () => {
    const matrix: AllowanceRateMatrix = { id: 'third', bucketRates: { a: '0.3333' } };
    expect(
      requiredAllowance({ currency: 'JPY', balances: { a: '1000' }, matrix }).totals.required.toString(),
    ).toBe('333');
    expect(
      requiredAllowance({ currency: 'KWD', balances: { a: '1.001' }, matrix }).totals.required.toString(),
    ).toBe('0.334');
  });

  it('applies a matrix whose rates are numbers or decimals', () => {
    const matrix: AllowanceRateMatrix = { id: 'mixed', bucketRates: { a: 0.1, b: decimal('0.2') } };
    const result = requiredAllowance({ currency: 'USD', balances: { a: 10, b: '10' }, matrix });
    expect(result.totals.required.toFixed(2)).toBe('3.00');
  });
});

describe('requiredAllowance bad input', () => {
  const matrix = chineseAgingMethodRates;
  const throwsCode = (code: string, run: () => unknown): void => {
    expect(run).toThrow(expect.objectContaining({ code }));
  };

  it('refuses a bucket id that is not in the matrix, naming it', () => {
    expect(() => requiredAllowance({ currency: 'CNY', balances: { over6y: '1' }, matrix })).toThrow(
      'requiredAllowance: balances.over6y: bucket "over6y" is not in the matrix "chineseAgingMethod"',
    );
    throwsCode('INVALID_ARGUMENT', () =>
      requiredAllowance({ currency: 'CNY', balances: [{ bucketId: 'd1to30', amount: '1' }], matrix }),
    );
  });

  it('refuses a bucket listed twice in lines', () => {
    const balances = [
      { bucketId: 'y1to2', amount: '1' },
      { bucketId: 'y1to2', amount: '2' },
    ];
    expect(() => requiredAllowance({ currency: 'CNY', balances, matrix })).toThrow(
      'requiredAllowance: balances[1]: bucket "y1to2" is listed twice (first at balances[0])',
    );
  });

  it('refuses negative rates, rates above 100 % and rates that are not numbers with INVALID_RATE', () => {
    for (const rate of ['-0.05', '1.5', 'five percent', Number.POSITIVE_INFINITY]) {
      const bad: AllowanceRateMatrix = { id: 'bad', bucketRates: { within1y: '0.05', y1to2: rate } };
      throwsCode('INVALID_RATE', () => requiredAllowance({ currency: 'CNY', balances: {}, matrix: bad }));
    }
    expect(() =>
      requiredAllowance({
        currency: 'CNY',
        balances: {},
        matrix: { id: 'bad', bucketRates: { y1to2: '1.5' } },
      }),
    ).toThrow('requiredAllowance: matrix.bucketRates.y1to2: "1.5" is above 1');
  });

  it('refuses a matrix that is not one, or has no bucket', () => {
    throwsCode('INVALID_ARGUMENT', () =>
      requiredAllowance({ currency: 'CNY', balances: {}, matrix: {} as never }),
    );
    throwsCode('INVALID_ARGUMENT', () =>
      requiredAllowance({ currency: 'CNY', balances: {}, matrix: { id: 'none', bucketRates: {} } }),
    );
  });

  it('refuses negative, malformed, too precise and too large balances', () => {
    throwsCode('INVALID_AMOUNT', () =>
      requiredAllowance({ currency: 'CNY', balances: { y1to2: '-1' }, matrix }),
    );
    throwsCode('INVALID_AMOUNT', () =>
      requiredAllowance({ currency: 'CNY', balances: { y1to2: '1,5' }, matrix }),
    );
    throwsCode('AMOUNT_TOO_PRECISE', () =>
      requiredAllowance({ currency: 'CNY', balances: { y1to2: '0.001' }, matrix }),
    );
    throwsCode('AMOUNT_TOO_PRECISE', () =>
      requiredAllowance({ currency: 'JPY', balances: { y1to2: '0.5' }, matrix }),
    );
    throwsCode('AMOUNT_OUT_OF_RANGE', () =>
      requiredAllowance({ currency: 'CNY', balances: { y1to2: '1e30' }, matrix }),
    );
    throwsCode('INVALID_ARGUMENT', () =>
      requiredAllowance({ currency: 'CNY', balances: 5 as never, matrix }),
    );
  });

  it('names itself in a message from a core reader', () => {
    expect(() => requiredAllowance({ currency: 'CNY', balances: { y1to2: '1,5' }, matrix })).toThrow(
      'requiredAllowance: balances.y1to2: "1,5" is not a decimal number',
    );
  });

  it('refuses an unknown currency or rounding mode', () => {
    throwsCode('INVALID_CURRENCY', () => requiredAllowance({ currency: 'cny', balances: {}, matrix }));
    throwsCode('INVALID_ARGUMENT', () =>
      requiredAllowance({ currency: 'CNY', balances: {}, matrix, rounding: 'halfUp' as never }),
    );
  });

  it('refuses individually assessed items that exceed their bucket balance', () => {
    const individual = [
      { id: 'A', bucketId: 'y2to3', amount: '600', rate: '1' },
      { id: 'B', bucketId: 'y2to3', amount: '500', allowance: '0' },
    ];
    expect(() =>
      requiredAllowance({ currency: 'CNY', balances: { y2to3: '1000' }, matrix, individual }),
    ).toThrow(
      'requiredAllowance: individually assessed items in bucket "y2to3" add up to 1100.00, more than its balance 1000.00',
    );
  });

  it('refuses malformed individually assessed items', () => {
    const balances = { y2to3: '1000' };
    const cases: [string, unknown][] = [
      ['INVALID_ARGUMENT', { id: 'A', bucketId: 'nowhere', amount: '1', rate: '1' }],
      ['INVALID_ARGUMENT', { id: '', bucketId: 'y2to3', amount: '1', rate: '1' }],
      ['INVALID_ARGUMENT', { id: 'A', bucketId: 'y2to3', amount: '1' }],
      ['INVALID_ARGUMENT', { id: 'A', bucketId: 'y2to3', amount: '1', rate: '1', allowance: '1' }],
      ['INVALID_ARGUMENT', { id: 'A', bucketId: 'y2to3', amount: '10', allowance: '10.01' }],
      ['INVALID_ARGUMENT', { id: 'A', bucketId: 'y2to3', amount: '10', rate: '1', reason: 7 }],
      ['INVALID_RATE', { id: 'A', bucketId: 'y2to3', amount: '10', rate: '1.2' }],
      ['INVALID_AMOUNT', { id: 'A', bucketId: 'y2to3', amount: '0', rate: '1' }],
      ['INVALID_AMOUNT', { id: 'A', bucketId: 'y2to3', amount: '10', allowance: '-1' }],
      ['AMOUNT_TOO_PRECISE', { id: 'A', bucketId: 'y2to3', amount: '10', allowance: '0.005' }],
    ];
    for (const [code, item] of cases) {
      throwsCode(code, () =>
        requiredAllowance({ currency: 'CNY', balances, matrix, individual: [item as never] }),
      );
    }
    const twice = [
      { id: 'A', bucketId: 'y2to3', amount: '1', rate: '1' },
      { id: 'A', bucketId: 'y2to3', amount: '1', rate: '1' },
    ];
    throwsCode('INVALID_ARGUMENT', () =>
      requiredAllowance({ currency: 'CNY', balances, matrix, individual: twice }),
    );
    throwsCode('INVALID_ARGUMENT', () =>
      requiredAllowance({ currency: 'CNY', balances, matrix, individual: 'A' as never }),
    );
  });

  it('refuses a product of a balance and a rate too long to stay exact', () => {
    const longRate = `0.${'3'.repeat(40)}`;
    throwsCode('INVALID_ARGUMENT', () =>
      requiredAllowance({
        currency: 'CNY',
        balances: { a: '123456789012345678901234.56' },
        matrix: { id: 'long', bucketRates: { a: longRate } },
      }),
    );
  });
});

const balancesArbitrary = fc.tuple(...chineseAnnualIds.map(() => cnyBalance));
const ratesArbitrary = fc.tuple(...chineseAnnualIds.map(() => lossRate));

function requiredFor(
  balances: readonly { toString(): string }[],
  rates: readonly string[],
): RequiredAllowanceResult {
  return requiredAllowance({
    currency: 'CNY',
    balances: Object.fromEntries(chineseAnnualIds.map((id, index) => [id, String(balances[index])])),
    matrix: {
      id: 'p',
      bucketRates: Object.fromEntries(chineseAnnualIds.map((id, index) => [id, rates[index]!])),
    },
  });
}

describe('properties', () => {
  it('stays within bounds: 0 ≤ required ≤ balance, line by line and in total', () => {
    fc.assert(
      fc.property(balancesArbitrary, ratesArbitrary, (balances, rates) => {
        const result = requiredFor(balances, rates);
        for (const line of result.buckets) {
          expect(line.required.isNegative()).toBe(false);
          expect(line.required.lessThanOrEqualTo(line.balance)).toBe(true);
        }
        expect(result.totals.required.lessThanOrEqualTo(result.totals.balance)).toBe(true);
      }),
    );
  });

  it('reconciles: the total is the sum of the rounded lines, each within half a cent of its exact product', () => {
    fc.assert(
      fc.property(balancesArbitrary, ratesArbitrary, (balances, rates) => {
        const result = requiredFor(balances, rates);
        const sum = result.buckets.reduce((total, line) => total.plus(line.required), decimal(0));
        expect(sum.equals(result.totals.required)).toBe(true);
        for (const line of result.buckets) {
          expect(line.exactRequired.equals(line.collectivelyAssessed.times(line.rate))).toBe(true);
          expect(line.required.minus(line.exactRequired).abs().lessThanOrEqualTo('0.005')).toBe(true);
        }
      }),
    );
  });

  it('is monotone in balances: raising one bucket balance never lowers the required allowance', () => {
    fc.assert(
      fc.property(
        balancesArbitrary,
        ratesArbitrary,
        fc.integer({ min: 0, max: 5 }),
        cnyBalance,
        (balances, rates, index, extra) => {
          const raised = balances.map((balance, at) => (at === index ? balance.plus(extra) : balance));
          const before = requiredFor(balances, rates).totals.required;
          expect(requiredFor(raised, rates).totals.required.greaterThanOrEqualTo(before)).toBe(true);
        },
      ),
    );
  });

  it('is monotone in rates: raising one bucket rate never lowers the required allowance', () => {
    fc.assert(
      fc.property(
        balancesArbitrary,
        ratesArbitrary,
        fc.integer({ min: 0, max: 5 }),
        lossRate,
        (balances, rates, index, other) => {
          const low = rates.map((rate, at) =>
            at === index ? String(Math.min(Number(rate), Number(other))) : rate,
          );
          const high = rates.map((rate, at) =>
            at === index ? String(Math.max(Number(rate), Number(other))) : rate,
          );
          const lower = requiredFor(balances, low).totals.required;
          expect(requiredFor(balances, high).totals.required.greaterThanOrEqualTo(lower)).toBe(true);
        },
      ),
    );
  });

  it('preserves the balance: individually plus collectively assessed is the balance of every bucket', () => {
    fc.assert(
      fc.property(cnyBalance, fc.integer({ min: 0, max: 100 }), lossRate, (balance, percent, rate) => {
        const item = balance.times(percent).dividedBy(100).toDecimalPlaces(2, 1);
        fc.pre(item.greaterThan(0));
        const result = requiredAllowance({
          currency: 'CNY',
          balances: { y1to2: balance },
          matrix: chineseAgingMethodRates,
          individual: [{ id: 'X', bucketId: 'y1to2', amount: item, rate }],
        });
        const line = result.buckets[1]!;
        expect(line.individuallyAssessed.plus(line.collectivelyAssessed).equals(balance)).toBe(true);
        expect(result.totals.required.lessThanOrEqualTo(balance)).toBe(true);
      }),
    );
  });
});
