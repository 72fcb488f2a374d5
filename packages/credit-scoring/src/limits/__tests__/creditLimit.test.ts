import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CreditLimitCombination,
  type CreditLimitInput,
  type CreditLimitResult,
  creditLimit,
  defaultGradeScale,
  findGrade,
} from '../../index.ts';

const aa = findGrade(defaultGradeScale, 'AA');
const established: CreditLimitInput = {
  currency: 'CNY',
  grade: aa,
  monthsTrading: 24,
  annualCreditSales: '2400000',
  cycleMonths: 1,
  netAssets: '3000000',
  averageMonthlyReceipts: '250000',
  workingCapital: '5000000',
};

const figures = (result: CreditLimitResult) =>
  result.methods.map((method) =>
    method.status === 'applied' ? method.amount.toString() : `skipped: ${method.missing.join(', ')}`,
  );

describe('creditLimit', () => {
  it('shows each method’s figure and takes the minimum (spec §1.3)', () => {
    const result = creditLimit(established);
    // L1 = 2,400,000 / 12 × (60/30 + 1); L2 = 3,000,000 × 15%; L3 = min(250,000 × 60/30, 5,000,000 × 10%)
    expect(figures(result)).toEqual(['600000', '450000', '500000']);
    expect(result.combined.toString()).toBe('450000');
    expect(result.limit).toEqual({ amount: expect.anything(), currency: 'CNY' });
    expect(result.limit.amount.toString()).toBe('450000');
    expect(result.newCustomer).toBe(false);
    expect(result.factor.toString()).toBe('1');
  });

  it('uses per-invoice terms when no statement cycle is given', () => {
    const { cycleMonths: _, ...perInvoice } = established;
    expect(figures(creditLimit(perInvoice))[0]).toBe('400000');
  });

  it('takes the paying-capacity figure from receipts when they are the smaller term', () => {
    const result = creditLimit({ ...established, averageMonthlyReceipts: '100000' });
    expect(figures(result)[2]).toBe('200000');
    expect(result.limit.amount.toString()).toBe('200000');
  });

  it('rounds down to ¥10,000', () => {
    const result = creditLimit({ ...established, netAssets: '3066666' });
    expect(figures(result)[1]).toBe('459999.9');
    expect(result.limit.amount.toString()).toBe('450000');
  });

  it('rounds to another step', () => {
    const result = creditLimit({ ...established, netAssets: '3066666' }, { step: '1000' });
    expect(result.limit.amount.toString()).toBe('459000');
  });

  it('halves a new customer’s limit and uses only the working-capital term', () => {
    const { averageMonthlyReceipts: _, ...fresh } = established;
    const result = creditLimit({ ...fresh, monthsTrading: 2, netAssets: '10000000' });
    expect(figures(result)).toEqual(['600000', '1500000', '500000']);
    expect(result.newCustomer).toBe(true);
    expect(result.factor.toString()).toBe('0.5');
    expect(result.limit.amount.toString()).toBe('250000');
  });

  it('applies the factor before rounding, so the limit stays a whole number of steps', () => {
    const result = creditLimit({ ...established, monthsTrading: 5, netAssets: '1000000' });
    // min = 150,000; × 0.5 = 75,000; rounded down to 70,000
    expect(result.limit.amount.toString()).toBe('70000');
  });

  it('treats six months of trading as established', () => {
    expect(creditLimit({ ...established, monthsTrading: 6 }).newCustomer).toBe(false);
    expect(creditLimit({ ...established, monthsTrading: 6 }, { newCustomerMonths: 12 }).newCustomer).toBe(
      true,
    );
  });

  it('skips a method with a missing input and lists what it lacked', () => {
    const { netAssets: _, averageMonthlyReceipts: __, ...partial } = established;
    const result = creditLimit(partial);
    expect(figures(result)).toEqual(['600000', 'skipped: netAssets', 'skipped: averageMonthlyReceipts']);
    expect(result.limit.amount.toString()).toBe('600000');
  });

  it('combines by average or median when asked', () => {
    expect(creditLimit(established, { combination: 'average' }).combined.toString()).toBe(
      '516666.666666666666666666666666666666666666666666666666666667',
    );
    expect(creditLimit(established, { combination: 'average' }).limit.amount.toString()).toBe('510000');
    expect(creditLimit(established, { combination: 'median' }).limit.amount.toString()).toBe('500000');
    const { netAssets: _, ...two } = established;
    expect(creditLimit(two, { combination: 'median' }).combined.toString()).toBe('550000');
  });

  it('gives no credit for negative net assets or working capital', () => {
    const result = creditLimit({ ...established, netAssets: '-200000', workingCapital: '-1' });
    expect(figures(result)).toEqual(['600000', '0', '0']);
    expect(result.limit.amount.toString()).toBe('0');
  });

  it('gives no credit to a C grade: no credit days and r = 0', () => {
    const result = creditLimit({ ...established, grade: findGrade(defaultGradeScale, 'C'), cycleMonths: 0 });
    expect(figures(result)).toEqual(['0', '0', '0']);
  });

  it('lets the caller set the credit days below the grade’s maximum', () => {
    expect(figures(creditLimit({ ...established, creditDays: 30 }))[0]).toBe('400000');
  });

  it('refuses when no method has its inputs', () => {
    expect(() => creditLimit({ currency: 'CNY', grade: aa, monthsTrading: 24 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          'creditLimit: no method has its inputs: salesForecast needs annualCreditSales; netAssets needs netAssets; payingCapacity needs averageMonthlyReceipts and workingCapital',
      }),
    );
  });

  it.each([
    [
      { annualCreditSales: '-1' },
      'INVALID_AMOUNT',
      'creditLimit: annualCreditSales: "-1" is negative; it must be zero or more',
    ],
    [{ netAssets: Number.NaN }, 'INVALID_AMOUNT', 'creditLimit: netAssets: NaN is not a finite number'],
    [
      { workingCapital: Number.POSITIVE_INFINITY },
      'INVALID_AMOUNT',
      'creditLimit: workingCapital: Infinity is not a finite number',
    ],
    [{ monthsTrading: -1 }, 'INVALID_ARGUMENT', 'creditLimit: monthsTrading: -1 is negative'],
    [{ creditDays: 1.5 }, 'INVALID_ARGUMENT', 'creditLimit: creditDays: 1.5 is not a whole number'],
    [{ cycleMonths: Number.NaN }, 'INVALID_ARGUMENT', 'creditLimit: cycleMonths: NaN is not a whole number'],
    [
      { grade: { ...aa, netAssetRatio: 'NaN' } },
      'INVALID_RATE',
      'creditLimit: grade.netAssetRatio: "NaN" is not a finite decimal number',
    ],
    [{ currency: 'XYZ' }, 'INVALID_CURRENCY', undefined],
  ] as const)('refuses %j with %s', (patch, code, message) => {
    const error = expect.objectContaining(message === undefined ? { code } : { code, message });
    expect(() => creditLimit({ ...established, ...patch } as CreditLimitInput)).toThrow(error);
  });

  it.each([
    [{ step: 0 }, 'INVALID_AMOUNT', 'creditLimit: step: 0 is not a positive amount'],
    [{ step: '-10000' }, 'INVALID_AMOUNT', 'creditLimit: step: "-10000" is not a positive amount'],
    [{ step: '0.001' }, 'AMOUNT_TOO_PRECISE', undefined],
    [
      { combination: 'maximum' },
      'INVALID_ARGUMENT',
      "creditLimit: combination \"maximum\" is not one of 'minimum', 'average', 'median'",
    ],
    [{ newCustomerFactor: '-0.5' }, 'INVALID_RATE', 'creditLimit: newCustomerFactor: "-0.5" is negative'],
    [
      { workingCapitalShare: Number.NaN },
      'INVALID_RATE',
      'creditLimit: workingCapitalShare: NaN is not a finite decimal number',
    ],
  ] as const)('refuses the option %j with %s', (options, code, message) => {
    const error = expect.objectContaining(message === undefined ? { code } : { code, message });
    expect(() => creditLimit(established, options as never)).toThrow(error);
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: 0, max: 50_000_000 }).map(String);
  const signed = fc.integer({ min: -5_000_000, max: 50_000_000 }).map(String);
  const input = fc.record(
    {
      grade: fc.constantFrom(...defaultGradeScale.grades),
      monthsTrading: fc.integer({ min: 0, max: 120 }),
      cycleMonths: fc.integer({ min: 0, max: 1 }),
      annualCreditSales: amount,
      netAssets: signed,
      averageMonthlyReceipts: amount,
      workingCapital: signed,
    },
    { requiredKeys: ['grade', 'monthsTrading'] },
  );
  const usable = input
    .map((draw): CreditLimitInput => ({ currency: 'CNY', ...draw }))
    .filter(
      (draw) =>
        draw.annualCreditSales !== undefined ||
        draw.netAssets !== undefined ||
        (draw.workingCapital !== undefined &&
          (draw.monthsTrading < 6 || draw.averageMonthlyReceipts !== undefined)),
    );
  const combination = fc.constantFrom<CreditLimitCombination>('minimum', 'average', 'median');

  it('is never above any single method’s figure when combined by the minimum', () => {
    fc.assert(
      fc.property(usable, (customer) => {
        const result = creditLimit(customer);
        for (const method of result.methods) {
          if (method.status === 'applied')
            expect(result.limit.amount.lessThanOrEqualTo(method.amount)).toBe(true);
        }
      }),
    );
  });

  it('stays between the smallest and the largest figure for every combination rule', () => {
    fc.assert(
      fc.property(usable, combination, (customer, rule) => {
        const result = creditLimit(customer, { combination: rule });
        const amounts = result.methods.flatMap((method) =>
          method.status === 'applied' ? [method.amount] : [],
        );
        expect(amounts.some((value) => value.lessThanOrEqualTo(result.combined))).toBe(true);
        expect(amounts.some((value) => value.greaterThanOrEqualTo(result.combined))).toBe(true);
      }),
    );
  });

  it('rounds down to whole steps: the limit is a non-negative multiple of the step, at most the adjusted figure', () => {
    fc.assert(
      fc.property(usable, combination, (customer, rule) => {
        const result = creditLimit(customer, { combination: rule });
        const adjusted = result.combined.times(result.factor);
        expect(result.limit.amount.mod(result.step).isZero()).toBe(true);
        expect(result.limit.amount.greaterThanOrEqualTo(0)).toBe(true);
        expect(result.limit.amount.lessThanOrEqualTo(adjusted)).toBe(true);
        expect(adjusted.minus(result.limit.amount).lessThan(result.step)).toBe(true);
      }),
    );
  });

  it('is monotone in net assets: more net worth never lowers the limit', () => {
    fc.assert(
      fc.property(usable, fc.integer({ min: 0, max: 10_000_000 }), (customer, extra) => {
        const base = customer.netAssets ?? '0';
        const richer = { ...customer, netAssets: String(Number(base) + extra) };
        const before = creditLimit({ ...customer, netAssets: base }).limit.amount;
        expect(creditLimit(richer).limit.amount.greaterThanOrEqualTo(before)).toBe(true);
      }),
    );
  });

  it('is deterministic: equal inputs give equal limits', () => {
    fc.assert(
      fc.property(usable, combination, (customer, rule) => {
        expect(creditLimit({ ...customer }, { combination: rule })).toEqual(
          creditLimit(customer, { combination: rule }),
        );
      }),
    );
  });
});
