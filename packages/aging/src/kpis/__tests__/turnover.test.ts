import { decimal } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receivablesTurnover, standardDso, turnoverDso } from '../../index.ts';
import { amount, dayCount, positiveAmount } from './kpiArbitraries.ts';

const spec = { sales: 3650, openingReceivables: 400, closingReceivables: 600 } as const;

describe('receivablesTurnover', () => {
  it('divides sales by the average of opening and closing receivables (spec §2.5)', () => {
    expect(receivablesTurnover(spec).toString()).toBe('7.3');
  });

  it('accepts decimal strings and Decimals alike', () => {
    const turnover = receivablesTurnover({
      sales: '3650.00',
      openingReceivables: decimal('400'),
      closingReceivables: '600',
    });
    expect(turnover.toString()).toBe('7.3');
  });

  it('is zero for a period without sales', () => {
    expect(receivablesTurnover({ ...spec, sales: 0 }).isZero()).toBe(true);
  });

  it('averages a balance that was zero at one end', () => {
    expect(
      receivablesTurnover({ sales: 1000, openingReceivables: 0, closingReceivables: 500 }).toString(),
    ).toBe('4');
  });

  it('refuses zero receivables at both ends with ZERO_DENOMINATOR', () => {
    expect(() => receivablesTurnover({ ...spec, openingReceivables: '0.00', closingReceivables: 0 })).toThrow(
      expect.objectContaining({
        code: 'ZERO_DENOMINATOR',
        message:
          'receivablesTurnover: openingReceivables + closingReceivables: 0 is zero; turnover is undefined without receivables to average',
      }),
    );
  });

  it.each([
    ['sales', -1, 'receivablesTurnover: sales: -1 is negative; it must be zero or more'],
    [
      'openingReceivables',
      '-0.01',
      'receivablesTurnover: openingReceivables: "-0.01" is negative; it must be zero or more',
    ],
    ['closingReceivables', '12,5', 'receivablesTurnover: closingReceivables: "12,5" is not a decimal number'],
    ['sales', Number.NaN, 'receivablesTurnover: sales: NaN is not a finite number'],
  ])('refuses %s %j with INVALID_AMOUNT', (field, value, message) => {
    expect(() => receivablesTurnover({ ...spec, [field]: value })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', message }),
    );
  });
});

describe('turnoverDso', () => {
  it('gives the spec test: revenue 3,650, receivables 400 → 600, 365 days → DSO 50 (§2.5)', () => {
    expect(turnoverDso({ ...spec, dayCount: 365 }).toString()).toBe('50');
  });

  it('uses the 360-day year when asked, exact to 60 significant digits', () => {
    expect(turnoverDso({ ...spec, dayCount: 360 }).toString()).toBe(
      '49.3150684931506849315068493150684931506849315068493150684932',
    );
  });

  it('counts the actual days of a period, both ends included', () => {
    const common = { from: '2025-01-01', to: '2025-12-31' } as const;
    expect(turnoverDso({ ...spec, dayCount: common }).toString()).toBe('50');
    expect(turnoverDso({ ...spec, dayCount: { from: '2028-01-01', to: '2028-12-31' } }).toString()).toBe(
      '50.1369863013698630136986301369863013698630136986301369863014',
    );
  });

  it('is zero when there were no receivables at either end', () => {
    const dso = turnoverDso({ sales: 100, openingReceivables: 0, closingReceivables: 0, dayCount: 365 });
    expect(dso.isZero()).toBe(true);
  });

  it('refuses a period without sales with NO_SALES_IN_PERIOD', () => {
    expect(() => turnoverDso({ ...spec, sales: '0.00', dayCount: 365 })).toThrow(
      expect.objectContaining({
        code: 'NO_SALES_IN_PERIOD',
        message: 'turnoverDso: sales: "0.00" is zero; DSO is undefined for a period with no sales',
      }),
    );
  });

  it('refuses a negative balance with INVALID_AMOUNT', () => {
    expect(() => turnoverDso({ ...spec, closingReceivables: -600, dayCount: 365 })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT' }),
    );
  });
});

describe('properties', () => {
  it('turnoverDso × turnover = days, to the 60th significant digit', () => {
    fc.assert(
      fc.property(
        positiveAmount,
        positiveAmount,
        amount,
        fc.constantFrom(360, 365),
        (sales, opening, closing, days) => {
          const input = { sales, openingReceivables: opening, closingReceivables: closing };
          const product = turnoverDso({ ...input, dayCount: days }).times(receivablesTurnover(input));
          expect(product.minus(days).abs().lessThan('1e-55')).toBe(true);
        },
      ),
    );
  });

  it('equals standard DSO when the balance is the same at both ends', () => {
    fc.assert(
      fc.property(positiveAmount, amount, dayCount, (sales, balance, days) => {
        const byTurnover = turnoverDso({
          sales,
          openingReceivables: balance,
          closingReceivables: balance,
          dayCount: days,
        });
        const standard = standardDso({ endingReceivables: balance, creditSales: sales, dayCount: days });
        expect(byTurnover.equals(standard)).toBe(true);
      }),
    );
  });

  it('turnover is never negative and grows with sales', () => {
    fc.assert(
      fc.property(amount, amount, positiveAmount, amount, (lower, extra, opening, closing) => {
        const balances = { openingReceivables: opening, closingReceivables: closing };
        const low = receivablesTurnover({ ...balances, sales: lower });
        const high = receivablesTurnover({ ...balances, sales: lower.plus(extra) });
        expect(low.isNegative()).toBe(false);
        expect(high.greaterThanOrEqualTo(low)).toBe(true);
      }),
    );
  });
});
