import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears } from '../addYears.ts';
import { differenceInFullMonths } from '../differenceInFullMonths.ts';
import { differenceInFullYears } from '../differenceInFullYears.ts';
import { isoDates } from './dateArbitraries.ts';

describe('differenceInFullYears', () => {
  it('counts only years that have fully elapsed', () => {
    expect(differenceInFullYears('2027-02-28', '2026-02-28')).toBe(1);
    expect(differenceInFullYears('2027-02-27', '2026-02-28')).toBe(0);
    expect(differenceInFullYears('2029-11-21', '2026-11-22')).toBe(2);
    expect(differenceInFullYears('2029-11-22', '2026-11-22')).toBe(3);
  });

  it('agrees with addYears turning February 29 into February 28', () => {
    expect(differenceInFullYears('2025-02-28', '2024-02-29')).toBe(1);
    expect(differenceInFullYears('2025-02-27', '2024-02-29')).toBe(0);
    expect(differenceInFullYears('2028-02-28', '2024-02-29')).toBe(3);
    expect(differenceInFullYears('2028-02-29', '2024-02-29')).toBe(4);
  });

  it('is negative when later comes first, and never -0', () => {
    expect(differenceInFullYears('2024-02-29', '2025-02-28')).toBe(-1);
    expect(differenceInFullYears('2026-02-28', '2027-02-28')).toBe(-1);
    expect(Object.is(differenceInFullYears('2026-01-01', '2026-06-01'), 0)).toBe(true);
  });

  it('refuses bad dates', () => {
    expect(() => differenceInFullYears('2026-01-01', '2025-02-29')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });

  describe('properties', () => {
    it('brackets the later date: addYears(earlier, n) ≤ later < addYears(earlier, n + 1)', () => {
      fc.assert(
        fc.property(isoDates('0001-01-01', '9989-12-31'), isoDates('0001-01-01', '9989-12-31'), (a, b) => {
          const [earlier, later] = a <= b ? [a, b] : [b, a];
          const n = differenceInFullYears(later, earlier);
          expect(addYears(earlier, n) <= later).toBe(true);
          expect(addYears(earlier, n + 1) > later).toBe(true);
        }),
      );
    });

    it('is the full months divided by 12, rounded toward zero', () => {
      fc.assert(
        fc.property(isoDates(), isoDates(), (a, b) => {
          expect(differenceInFullYears(a, b)).toBe(Math.trunc(differenceInFullMonths(a, b) / 12) + 0);
        }),
      );
    });

    it('is antisymmetric: swapping the dates flips only the sign', () => {
      fc.assert(
        fc.property(isoDates(), isoDates(), (a, b) => {
          expect(differenceInFullYears(a, b) + differenceInFullYears(b, a)).toBe(0);
        }),
      );
    });
  });
});
