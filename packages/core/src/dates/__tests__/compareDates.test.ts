import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates } from '../compareDates.ts';
import { differenceInDays } from '../differenceInDays.ts';
import { isoDates } from './dateArbitraries.ts';

describe('compareDates', () => {
  it('orders dates by calendar day', () => {
    expect(compareDates('2026-01-31', '2026-02-01')).toBe(-1);
    expect(compareDates('2026-02-01', '2026-01-31')).toBe(1);
    expect(compareDates('2026-02-01', '2026-02-01')).toBe(0);
    expect(compareDates('0999-12-31', '1000-01-01')).toBe(-1);
  });

  it('sorts an array', () => {
    expect(['2026-03-01', '0001-01-01', '9999-12-31', '2025-12-31'].sort(compareDates)).toEqual([
      '0001-01-01',
      '2025-12-31',
      '2026-03-01',
      '9999-12-31',
    ]);
  });

  it('refuses bad dates instead of ordering them', () => {
    expect(() => compareDates('2026-02-30', '2026-01-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => compareDates('2026-01-01', '2026-1-1')).toThrow('compareDates: b: "2026-1-1"');
  });

  describe('properties', () => {
    it('agrees with string comparison of ISO dates', () => {
      fc.assert(
        fc.property(isoDates(), isoDates(), (a, b) => {
          const byText = a < b ? -1 : a > b ? 1 : 0;
          expect(compareDates(a, b)).toBe(byText);
        }),
      );
    });

    it('agrees with the sign of differenceInDays', () => {
      fc.assert(
        fc.property(isoDates(), isoDates(), (a, b) => {
          expect(compareDates(a, b)).toBe(Math.sign(differenceInDays(a, b)) + 0);
        }),
      );
    });

    it('is antisymmetric: compareDates(a, b) is -compareDates(b, a)', () => {
      fc.assert(
        fc.property(isoDates(), isoDates(), (a, b) => {
          expect(compareDates(a, b) + compareDates(b, a)).toBe(0);
        }),
      );
    });
  });
});
