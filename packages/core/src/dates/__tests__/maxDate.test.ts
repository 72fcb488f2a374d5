import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxDate } from '../maxDate.ts';
import { minDate } from '../minDate.ts';
import { isoDates } from './dateArbitraries.ts';

describe('maxDate', () => {
  it('finds the latest date', () => {
    expect(maxDate(['2026-03-01', '2025-12-31', '2026-01-15'])).toBe('2026-03-01');
    expect(maxDate(['2026-03-01'])).toBe('2026-03-01');
    expect(maxDate(['9999-12-31', '0001-01-01'])).toBe('9999-12-31');
  });

  it('refuses an empty list', () => {
    expect(() => maxDate([])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => maxDate([])).toThrow('maxDate: dates is an empty list; there is no latest date to give');
    expect(() => maxDate(undefined as never)).toThrow('maxDate: dates is undefined, not a list');
  });

  it('checks every entry, naming the bad one by its index', () => {
    expect(() => maxDate(['2026-01-01', 20260102 as never])).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => maxDate(['2026-01-01', '2026-01-02', '26-01-03'])).toThrow('maxDate: dates[2]: "26-01-03"');
  });

  describe('properties', () => {
    it('is a member of the list and not before any member', () => {
      fc.assert(
        fc.property(fc.array(isoDates(), { minLength: 1 }), (dates) => {
          const latest = maxDate(dates);
          expect(dates).toContain(latest);
          for (const date of dates) expect(latest >= date).toBe(true);
        }),
      );
    });

    it('is never before minDate of the same list', () => {
      fc.assert(
        fc.property(fc.array(isoDates(), { minLength: 1 }), (dates) => {
          expect(maxDate(dates) >= minDate(dates)).toBe(true);
        }),
      );
    });
  });
});
