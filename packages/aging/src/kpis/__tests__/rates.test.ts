import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badDebtRate, collectionRate, longOverdueShare, overdueRate } from '../../index.ts';
import { amount, partOfWhole, positiveAmount } from './kpiArbitraries.ts';

describe('overdueRate', () => {
  it('divides the overdue balance by the total balance (spec §2.5)', () => {
    expect(overdueRate({ overdue: '2750.00', total: '6340.00' }).toDecimalPlaces(6).toString()).toBe(
      '0.433754',
    );
    expect(overdueRate({ overdue: 250, total: 1000 }).toString()).toBe('0.25');
  });

  it('is 0 with nothing overdue and 1 with everything overdue', () => {
    expect(overdueRate({ overdue: 0, total: 500 }).toString()).toBe('0');
    expect(overdueRate({ overdue: 500, total: '500.00' }).toString()).toBe('1');
  });

  it('refuses an empty balance with ZERO_DENOMINATOR', () => {
    expect(() => overdueRate({ overdue: 0, total: '0.00' })).toThrow(
      expect.objectContaining({
        code: 'ZERO_DENOMINATOR',
        message: 'overdueRate: total: "0.00" is zero; the overdue rate is undefined without receivables',
      }),
    );
  });

  it('refuses an overdue balance above the total with INVALID_ARGUMENT', () => {
    expect(() => overdueRate({ overdue: 600, total: 500 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'overdueRate: overdue 600 exceeds total 500; it is a part of total and cannot be larger',
      }),
    );
  });

  it('refuses a negative balance with INVALID_AMOUNT', () => {
    expect(() => overdueRate({ overdue: -1, total: 500 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_AMOUNT',
        message: 'overdueRate: overdue: -1 is negative; it must be zero or more',
      }),
    );
  });
});

describe('longOverdueShare', () => {
  it('divides the balance beyond the threshold by the total balance (spec §2.5)', () => {
    expect(longOverdueShare({ longOverdue: '800.00', total: '6400.00' }).toString()).toBe('0.125');
  });

  it('refuses an empty balance with ZERO_DENOMINATOR', () => {
    expect(() => longOverdueShare({ longOverdue: 0, total: 0 })).toThrow(
      expect.objectContaining({
        code: 'ZERO_DENOMINATOR',
        message:
          'longOverdueShare: total: 0 is zero; the long-overdue share is undefined without receivables',
      }),
    );
  });

  it('refuses a long-overdue balance above the total with INVALID_ARGUMENT', () => {
    expect(() => longOverdueShare({ longOverdue: '100.01', total: '100.00' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^longOverdueShare: longOverdue 100\.01 exceeds total 100;/),
      }),
    );
  });
});

describe('collectionRate', () => {
  it('divides what was collected by what fell due (回款率, spec §2.5)', () => {
    expect(collectionRate({ collected: '460000.00', due: '500000.00' }).toString()).toBe('0.92');
  });

  it('exceeds 1 when arrears of earlier periods are collected', () => {
    expect(collectionRate({ collected: 1200, due: 1000 }).toString()).toBe('1.2');
  });

  it('is 0 when nothing was collected', () => {
    expect(collectionRate({ collected: 0, due: 1000 }).isZero()).toBe(true);
  });

  it('refuses a period where nothing fell due with ZERO_DENOMINATOR', () => {
    expect(() => collectionRate({ collected: 100, due: 0 })).toThrow(
      expect.objectContaining({
        code: 'ZERO_DENOMINATOR',
        message:
          'collectionRate: due: 0 is zero; the collection rate is undefined when nothing fell due in the period',
      }),
    );
  });

  it('refuses negative collections with INVALID_AMOUNT', () => {
    expect(() => collectionRate({ collected: '-5', due: 100 })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT' }),
    );
  });
});

describe('badDebtRate', () => {
  it('divides write-offs by credit sales (坏账率, spec §2.5)', () => {
    expect(badDebtRate({ writtenOff: '18000.00', creditSales: '1200000.00' }).toString()).toBe('0.015');
  });

  it('exceeds 1 when old debts are written off in a period of low sales', () => {
    expect(badDebtRate({ writtenOff: 3000, creditSales: 2000 }).toString()).toBe('1.5');
  });

  it('refuses a period without sales with NO_SALES_IN_PERIOD', () => {
    expect(() => badDebtRate({ writtenOff: 100, creditSales: 0 })).toThrow(
      expect.objectContaining({
        code: 'NO_SALES_IN_PERIOD',
        message:
          'badDebtRate: creditSales: 0 is zero; the bad-debt rate is undefined for a period with no sales',
      }),
    );
  });

  it('refuses malformed write-offs with INVALID_AMOUNT', () => {
    expect(() => badDebtRate({ writtenOff: '1,000', creditSales: 2000 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_AMOUNT',
        message: 'badDebtRate: writtenOff: "1,000" is not a decimal number',
      }),
    );
  });
});

describe('properties', () => {
  it('rates lie in [0, 1] when the part is no larger than the whole', () => {
    fc.assert(
      fc.property(partOfWhole, ({ part, whole }) => {
        const rates = [
          overdueRate({ overdue: part, total: whole }),
          longOverdueShare({ longOverdue: part, total: whole }),
          collectionRate({ collected: part, due: whole }),
          badDebtRate({ writtenOff: part, creditSales: whole }),
        ];
        for (const rate of rates)
          expect(rate.greaterThanOrEqualTo(0) && rate.lessThanOrEqualTo(1)).toBe(true);
      }),
    );
  });

  it('rate × whole = part: the division loses nothing a cent could show', () => {
    fc.assert(
      fc.property(amount, positiveAmount, (part, whole) => {
        const rate = collectionRate({ collected: part, due: whole });
        expect(rate.times(whole).toDecimalPlaces(2).equals(part)).toBe(true);
      }),
    );
  });

  it('the long-overdue share never exceeds the overdue rate when long overdue is part of overdue', () => {
    fc.assert(
      fc.property(partOfWhole, partOfWhole, ({ part: longOverdue, whole: overdue }, { whole: extra }) => {
        const total = overdue.plus(extra);
        expect(
          longOverdueShare({ longOverdue, total }).lessThanOrEqualTo(overdueRate({ overdue, total })),
        ).toBe(true);
      }),
    );
  });
});
