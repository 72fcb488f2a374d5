import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardDso } from '../../index.ts';
import { amount, dayCount, positiveAmount } from './kpiArbitraries.ts';

describe('standardDso', () => {
  it('expresses ending receivables as days of the period’s credit sales (spec §7.4)', () => {
    expect(standardDso({ endingReceivables: 1000, creditSales: 7300, dayCount: 365 }).toString()).toBe('50');
  });

  it('uses the actual days of a quarter', () => {
    const q1 = { from: '2026-01-01', to: '2026-03-31' } as const;
    expect(
      standardDso({ endingReceivables: '1000.00', creditSales: '1800.00', dayCount: q1 }).toString(),
    ).toBe('50');
  });

  it('keeps 60 significant digits of a quotient that does not terminate', () => {
    expect(
      standardDso({
        endingReceivables: 100,
        creditSales: 300,
        dayCount: { from: '2026-01-01', to: '2026-01-31' },
      }).toString(),
    ).toBe('10.3333333333333333333333333333333333333333333333333333333333');
  });

  it('is zero when nothing is owed', () => {
    expect(standardDso({ endingReceivables: 0, creditSales: 500, dayCount: 360 }).isZero()).toBe(true);
  });

  it('can exceed the days of the period when receivables exceed its sales', () => {
    expect(standardDso({ endingReceivables: 2000, creditSales: 1000, dayCount: 365 }).toString()).toBe('730');
  });

  it('refuses a period without credit sales with NO_SALES_IN_PERIOD', () => {
    expect(() => standardDso({ endingReceivables: 1000, creditSales: 0, dayCount: 365 })).toThrow(
      expect.objectContaining({
        code: 'NO_SALES_IN_PERIOD',
        message: 'standardDso: creditSales: 0 is zero; DSO is undefined for a period with no sales',
        details: { field: 'creditSales', value: 0 },
      }),
    );
  });

  it.each([
    [
      'endingReceivables',
      '-1000',
      'standardDso: endingReceivables: "-1000" is negative; it must be zero or more',
    ],
    ['creditSales', Number.POSITIVE_INFINITY, 'standardDso: creditSales: Infinity is not a finite number'],
    ['creditSales', null, 'standardDso: creditSales: null is not a decimal number'],
  ])('refuses %s %j with INVALID_AMOUNT', (field, value, message) => {
    const input = { endingReceivables: 1000, creditSales: 7300, dayCount: 365, [field]: value } as const;
    expect(() => standardDso(input as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', message }),
    );
  });
});

describe('properties', () => {
  it('is monotone increasing in receivables: more owed, more days', () => {
    fc.assert(
      fc.property(amount, amount, positiveAmount, dayCount, (receivables, extra, sales, days) => {
        const low = standardDso({ endingReceivables: receivables, creditSales: sales, dayCount: days });
        const high = standardDso({
          endingReceivables: receivables.plus(extra),
          creditSales: sales,
          dayCount: days,
        });
        expect(high.greaterThanOrEqualTo(low)).toBe(true);
      }),
    );
  });

  it('is monotone decreasing in sales: more sold, fewer days', () => {
    fc.assert(
      fc.property(amount, positiveAmount, amount, dayCount, (receivables, sales, extra, days) => {
        const low = standardDso({
          endingReceivables: receivables,
          creditSales: sales.plus(extra),
          dayCount: days,
        });
        const high = standardDso({ endingReceivables: receivables, creditSales: sales, dayCount: days });
        expect(high.greaterThanOrEqualTo(low)).toBe(true);
      }),
    );
  });

  it('equals the days of the period when receivables equal the period’s sales', () => {
    fc.assert(
      fc.property(positiveAmount, fc.constantFrom(360, 365), (sales, days) => {
        expect(standardDso({ endingReceivables: sales, creditSales: sales, dayCount: days }).toNumber()).toBe(
          days,
        );
      }),
    );
  });
});
