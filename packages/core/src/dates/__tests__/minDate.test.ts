import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minDate } from '../minDate.ts';
import { isoDates } from './dateArbitraries.ts';

describe('minDate', () => {
  it('finds the earliest date', () => {
    expect(minDate(['2026-03-01', '2025-12-31', '2026-01-15'])).toBe('2025-12-31');
    expect(minDate(['2026-03-01'])).toBe('2026-03-01');
    expect(minDate(['9999-12-31', '0001-01-01'])).toBe('0001-01-01');
  });

  it('refuses an empty list or something that is not a list', () => {
    expect(() => minDate([])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => minDate([])).toThrow('minDate: dates is an empty list; there is no earliest date to give');
    expect(() => minDate('2026-01-01' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('checks every entry, naming the bad one by its index', () => {
    expect(() => minDate(['2026-01-01', '2026-02-30'])).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => minDate(['2026-01-01', '2026-02-30'])).toThrow(
      'minDate: dates[1]: "2026-02-30" is not a date',
    );
  });

  describe('properties', () => {
    it('is a member of the list and not after any member', () => {
      fc.assert(
        fc.property(fc.array(isoDates(), { minLength: 1 }), (dates) => {
          const earliest = minDate(dates);
          expect(dates).toContain(earliest);
          for (const date of dates) expect(earliest <= date).toBe(true);
        }),
      );
    });

    it('does not depend on the order of the list', () => {
      fc.assert(
        fc.property(fc.array(isoDates(), { minLength: 1 }), (dates) => {
          expect(minDate([...dates].reverse())).toBe(minDate(dates));
        }),
      );
    });
  });
});
