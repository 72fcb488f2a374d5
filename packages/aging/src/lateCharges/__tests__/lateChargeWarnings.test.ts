import { decimal } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chinaSmePaymentInterest,
  type LateChargeWarning,
  lateInterest,
  type ReferenceRateTable,
} from '../../index.ts';
import { debtArbitrary, fixedRateArbitrary } from './lateChargesArbitraries.ts';

const code = (value: string) => expect.objectContaining({ code: value });

/** Illustrative LPR history, not an official series. */
const lpr: ReferenceRateTable = {
  name: '1-year LPR',
  rates: [
    { effectiveFrom: '2024-10-21', rate: '0.031' },
    { effectiveFrom: '2025-05-20', rate: '0.03' },
  ],
};

const debt = { currency: 'CNY', dueDate: '2026-01-31', asOf: '2026-03-31', principal: '100000' } as const;
const codes = (warnings: readonly LateChargeWarning[]) => warnings.map((warning) => warning.code);

describe('late-charge warnings: known answers', () => {
  it('warns when an agreed annual rate is above 4 × the LPR in force on the due date, naming the figures', () => {
    const result = lateInterest({ ...debt, rate: { kind: 'annual', rate: '0.1201', dayCount: 365 }, lpr });
    expect(result.warnings).toEqual([
      {
        code: 'rate_above_four_times_lpr',
        message:
          'the agreed rate of 12.01% a year is above 4 × the 1-year LPR of 3% in force on 2026-01-31 (12%); courts use this private-lending cap (民间借贷规定 art. 25) as a yardstick and may reduce the rate',
        annualRate: expect.objectContaining({}),
        lpr: expect.objectContaining({}),
        threshold: expect.objectContaining({}),
        lprDate: '2026-01-31',
      },
    ]);
    const [warning] = result.warnings;
    if (warning?.code !== 'rate_above_four_times_lpr') throw new Error('expected the 4 × LPR warning');
    expect([warning.annualRate.toString(), warning.lpr.toString(), warning.threshold.toString()]).toEqual([
      '0.1201',
      '0.03',
      '0.12',
    ]);
  });

  it('does not warn at exactly 4 × the LPR', () => {
    const result = lateInterest({ ...debt, rate: { kind: 'annual', rate: '0.12', dayCount: 365 }, lpr });
    expect(result.warnings).toEqual([]);
  });

  it('takes the LPR in force on the due date, not on asOf', () => {
    // Due 2025-05-19: LPR 3.1%, so 4 × LPR is 12.4% and 12.2% passes; due a day later it is 12%.
    const rate = { kind: 'annual', rate: '0.122', dayCount: 365 } as const;
    expect(lateInterest({ ...debt, dueDate: '2025-05-19', rate, lpr }).warnings).toEqual([]);
    expect(codes(lateInterest({ ...debt, dueDate: '2025-05-20', rate, lpr }).warnings)).toEqual([
      'rate_above_four_times_lpr',
    ]);
  });

  it('compares a daily rate as daily rate × 365', () => {
    // 0.05% a day is 18.25% a year, above 12%.
    const result = lateInterest({ ...debt, rate: chinaSmePaymentInterest(), lpr });
    expect(result.warnings[0]?.message).toMatch(
      /^the agreed rate of 0\.05% a day \(18\.25% a year\) is above/,
    );
  });

  it('warns when an SME debt carries an agreed rate below the LPR', () => {
    const result = lateInterest({
      ...debt,
      rate: { kind: 'annual', rate: '0.025', dayCount: 365 },
      lpr,
      smePayment: true,
    });
    expect(codes(result.warnings)).toEqual(['sme_rate_below_lpr']);
    expect(result.warnings[0]?.message).toBe(
      'the agreed rate of 2.5% a year is below the 1-year LPR of 3% in force on 2026-01-31; the SME payment regulation (保障中小企业款项支付条例 art. 17) requires an agreed rate of at least the LPR',
    );
    const atLpr = lateInterest({
      ...debt,
      rate: { kind: 'annual', rate: '0.03', dayCount: 365 },
      lpr,
      smePayment: true,
    });
    expect(atLpr.warnings).toEqual([]);
  });

  it('does not check the SME floor unless the debt is an SME payment', () => {
    const result = lateInterest({ ...debt, rate: { kind: 'annual', rate: '0.025', dayCount: 365 }, lpr });
    expect(result.warnings).toEqual([]);
  });

  it('warns when the late charges are more than 30% above the actual loss', () => {
    // 0.05% a day on 100,000 for 59 days = 2,950.00.
    const over = lateInterest({ ...debt, rate: chinaSmePaymentInterest(), actualLoss: '2269.22' });
    expect(codes(over.warnings)).toEqual(['penalty_may_be_excessive']);
    expect(over.warnings[0]?.message).toBe(
      'late charges of CNY 2950.00 are more than 30% above the actual loss of CNY 2269.22 (CNY 2949.986 at most is not generally excessive); a court may reduce them (民法典 art. 585; 法释〔2023〕13号 art. 65)',
    );
    // 2,269.23 × 1.3 = 2,949.999: still below the charges. 2,269.24 × 1.3 = 2,950.012: not excessive.
    expect(
      codes(lateInterest({ ...debt, rate: chinaSmePaymentInterest(), actualLoss: '2269.23' }).warnings),
    ).toEqual(['penalty_may_be_excessive']);
    expect(
      lateInterest({ ...debt, rate: chinaSmePaymentInterest(), actualLoss: '2269.24' }).warnings,
    ).toEqual([]);
  });

  it('does not compare reference-based rates with 4 × LPR', () => {
    const rate = {
      kind: 'reference',
      reference: lpr,
      multiplier: '5',
      fixing: 'daily',
      dayCount: 365,
    } as const;
    expect(lateInterest({ ...debt, rate, lpr }).warnings).toEqual([]);
  });
});

describe('late-charge warnings: bad input', () => {
  it('raises MISSING_REFERENCE_RATE when the LPR table has no rate on the due date', () => {
    const recent: ReferenceRateTable = {
      name: '1-year LPR',
      rates: [{ effectiveFrom: '2026-02-20', rate: '0.03' }],
    };
    expect(() => lateInterest({ ...debt, rate: chinaSmePaymentInterest(), lpr: recent })).toThrow(
      code('MISSING_REFERENCE_RATE'),
    );
  });

  it('raises INVALID_RATE for a malformed LPR table, under the path lpr', () => {
    const broken = { name: '', rates: [] } as ReferenceRateTable;
    expect(() => lateInterest({ ...debt, rate: chinaSmePaymentInterest(), lpr: broken })).toThrow(
      /lpr\.name/,
    );
    expect(() => lateInterest({ ...debt, rate: chinaSmePaymentInterest(), lpr: broken })).toThrow(
      code('INVALID_RATE'),
    );
  });

  it('raises INVALID_ARGUMENT for smePayment without an LPR table', () => {
    expect(() => lateInterest({ ...debt, rate: chinaSmePaymentInterest(), smePayment: true })).toThrow(
      code('INVALID_ARGUMENT'),
    );
  });

  it('raises INVALID_AMOUNT for a negative actual loss', () => {
    expect(() => lateInterest({ ...debt, rate: chinaSmePaymentInterest(), actualLoss: '-1' })).toThrow(
      code('INVALID_AMOUNT'),
    );
  });
});

describe('properties', () => {
  // Reaches back to the earliest generated due date.
  const sinceGenerated: ReferenceRateTable = {
    ...lpr,
    rates: [{ effectiveFrom: '2019-01-01', rate: '0.0425' }, ...lpr.rates],
  };

  it('never changes the amounts: checks add warnings, nothing else', () => {
    fc.assert(
      fc.property(debtArbitrary, fixedRateArbitrary, fc.boolean(), (scenario, rate, smePayment) => {
        const plain = lateInterest({ ...scenario, rate });
        const checked = lateInterest({ ...scenario, rate, lpr: sinceGenerated, smePayment, actualLoss: '0' });
        expect(checked.exactTotal.toString()).toBe(plain.exactTotal.toString());
        expect(checked.total.toString()).toBe(plain.total.toString());
        expect(plain.warnings).toEqual([]);
      }),
    );
  });

  it('flags a penalty exactly when the rounded total exceeds 1.3 × the actual loss', () => {
    fc.assert(
      fc.property(debtArbitrary, fc.integer({ min: 0, max: 1_000_000 }), (scenario, lossCents) => {
        const actualLoss = decimal(lossCents).dividedBy(100).toFixed(2);
        const result = lateInterest({ ...scenario, rate: chinaSmePaymentInterest(), actualLoss });
        const excessive = result.total.greaterThan(decimal(actualLoss).times('1.3'));
        expect(codes(result.warnings).includes('penalty_may_be_excessive')).toBe(excessive);
      }),
    );
  });
});
