import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../addMonths.ts';
import { differenceInFullMonths } from '../differenceInFullMonths.ts';
import { isoDates } from './dateArbitraries.ts';

describe('differenceInFullMonths', () => {
  it('counts only months that have fully elapsed', () => {
    expect(differenceInFullMonths('2026-03-14', '2026-01-15')).toBe(1);
    expect(differenceInFullMonths('2026-03-15', '2026-01-15')).toBe(2);
    expect(differenceInFullMonths('2026-01-31', '2026-01-01')).toBe(0);
    expect(differenceInFullMonths('2026-01-15', '2026-01-15')).toBe(0);
    expect(differenceInFullMonths('2027-01-15', '2026-01-15')).toBe(12);
  });

  it('agrees with the end-of-month clamping of addMonths', () => {
    // addMonths('2026-01-31', 1) is 2026-02-28, so that day completes the month.
    expect(differenceInFullMonths('2026-02-28', '2026-01-31')).toBe(1);
    expect(differenceInFullMonths('2026-02-27', '2026-01-31')).toBe(0);
    expect(differenceInFullMonths('2028-02-29', '2028-01-31')).toBe(1);
    expect(differenceInFullMonths('2028-02-28', '2028-01-31')).toBe(0);
    expect(differenceInFullMonths('2026-03-30', '2026-01-31')).toBe(1);
    expect(differenceInFullMonths('2026-03-31', '2026-01-31')).toBe(2);
  });

  it('is negative when later comes first, counting from the earlier date', () => {
    expect(differenceInFullMonths('2026-01-15', '2026-03-15')).toBe(-2);
    expect(differenceInFullMonths('2026-01-31', '2026-02-28')).toBe(-1);
    expect(Object.is(differenceInFullMonths('2026-01-01', '2026-01-31'), 0)).toBe(true);
  });

  it('refuses bad dates', () => {
    expect(() => differenceInFullMonths('2026-04-31', '2026-01-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => differenceInFullMonths('2026-01-01', 20260101 as never)).toThrow(
      'differenceInFullMonths: earlier: 20260101 is not a date in the form YYYY-MM-DD',
    );
  });

  describe('properties', () => {
    it('brackets the later date: addMonths(earlier, n) ≤ later < addMonths(earlier, n + 1)', () => {
      fc.assert(
        fc.property(isoDates('0001-01-01', '9989-12-31'), isoDates('0001-01-01', '9989-12-31'), (a, b) => {
          const [earlier, later] = a <= b ? [a, b] : [b, a];
          const n = differenceInFullMonths(later, earlier);
          expect(addMonths(earlier, n) <= later).toBe(true);
          expect(addMonths(earlier, n + 1) > later).toBe(true);
        }),
      );
    });

    it('is antisymmetric: swapping the dates flips only the sign, never giving -0', () => {
      fc.assert(
        fc.property(isoDates(), isoDates(), (a, b) => {
          const forward = differenceInFullMonths(a, b);
          const backward = differenceInFullMonths(b, a);
          expect(forward + backward).toBe(0);
          expect(Object.is(forward, -0) || Object.is(backward, -0)).toBe(false);
        }),
      );
    });

    it('undoes addMonths: differenceInFullMonths(addMonths(d, n), d) is n', () => {
      fc.assert(
        fc.property(isoDates('1000-01-01', '8999-12-31'), fc.integer({ min: 0, max: 9000 }), (date, n) => {
          expect(differenceInFullMonths(addMonths(date, n), date)).toBe(n);
        }),
      );
    });
  });
});
