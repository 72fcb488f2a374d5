import { decimal } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageDaysDelinquent, bestPossibleDso, standardDso } from '../../index.ts';
import { dayCount, partOfWhole, positiveAmount } from './kpiArbitraries.ts';

describe('bestPossibleDso', () => {
  it('expresses current receivables as days of credit sales (spec §7.4)', () => {
    expect(bestPossibleDso({ currentReceivables: 600, creditSales: 7300, dayCount: 365 }).toString()).toBe(
      '30',
    );
  });

  it('uses the actual days of the period', () => {
    const june = { from: '2026-06-01', to: '2026-06-30' } as const;
    expect(
      bestPossibleDso({ currentReceivables: '250.00', creditSales: '500.00', dayCount: june }).toString(),
    ).toBe('15');
  });

  it('is zero when nothing current is owed', () => {
    expect(bestPossibleDso({ currentReceivables: 0, creditSales: 7300, dayCount: 360 }).isZero()).toBe(true);
  });

  it('refuses a period without credit sales with NO_SALES_IN_PERIOD', () => {
    expect(() => bestPossibleDso({ currentReceivables: 600, creditSales: '0', dayCount: 365 })).toThrow(
      expect.objectContaining({
        code: 'NO_SALES_IN_PERIOD',
        message:
          'bestPossibleDso: creditSales: "0" is zero; best possible DSO is undefined for a period with no sales',
      }),
    );
  });

  it('refuses negative current receivables with INVALID_AMOUNT', () => {
    expect(() => bestPossibleDso({ currentReceivables: -600, creditSales: 7300, dayCount: 365 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_AMOUNT',
        message: 'bestPossibleDso: currentReceivables: -600 is negative; it must be zero or more',
      }),
    );
  });
});

describe('averageDaysDelinquent', () => {
  it('subtracts best possible DSO from DSO (spec §7.4)', () => {
    expect(averageDaysDelinquent({ dso: 50, bestPossibleDso: 30 }).toString()).toBe('20');
  });

  it('accepts the Decimals the DSO functions return without losing digits', () => {
    const dso = standardDso({ endingReceivables: 100, creditSales: 300, dayCount: 365 });
    expect(averageDaysDelinquent({ dso, bestPossibleDso: '100' }).toString()).toBe(dso.minus(100).toString());
    expect(averageDaysDelinquent({ dso: '45.5', bestPossibleDso: decimal('30.25') }).toString()).toBe(
      '15.25',
    );
  });

  it('returns a negative difference as is when the DSO was measured on another basis', () => {
    expect(averageDaysDelinquent({ dso: 28, bestPossibleDso: 30 }).toString()).toBe('-2');
  });

  it.each([
    ['dso', -1, 'averageDaysDelinquent: dso: -1 is negative; it must be zero or more'],
    ['bestPossibleDso', 'thirty', 'averageDaysDelinquent: bestPossibleDso: "thirty" is not a decimal number'],
  ])('refuses %s %j with INVALID_AMOUNT', (field, value, message) => {
    expect(() => averageDaysDelinquent({ dso: 50, bestPossibleDso: 30, [field]: value })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', message }),
    );
  });
});

describe('properties', () => {
  it('ADD = DSO − BPDSO ≥ 0 when current receivables are part of all receivables', () => {
    fc.assert(
      fc.property(partOfWhole, positiveAmount, dayCount, ({ part, whole }, sales, days) => {
        const period = { creditSales: sales, dayCount: days };
        const dso = standardDso({ ...period, endingReceivables: whole });
        const bpdso = bestPossibleDso({ ...period, currentReceivables: part });
        const add = averageDaysDelinquent({ dso, bestPossibleDso: bpdso });
        expect(add.isNegative()).toBe(false);
      }),
    );
  });

  it('BPDSO equals DSO when every receivable is current', () => {
    fc.assert(
      fc.property(partOfWhole, positiveAmount, dayCount, ({ whole }, sales, days) => {
        const period = { creditSales: sales, dayCount: days };
        const dso = standardDso({ ...period, endingReceivables: whole });
        expect(bestPossibleDso({ ...period, currentReceivables: whole }).equals(dso)).toBe(true);
        expect(averageDaysDelinquent({ dso, bestPossibleDso: dso }).isZero()).toBe(true);
      }),
    );
  });
});
