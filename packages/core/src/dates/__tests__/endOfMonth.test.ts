import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../addDays.ts';
import { endOfMonth } from '../endOfMonth.ts';
import { isoDates } from './dateArbitraries.ts';

describe('endOfMonth', () => {
  it('gives the last day, leap years included', () => {
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(endOfMonth('1900-02-10')).toBe('1900-02-28');
    expect(endOfMonth('2000-02-10')).toBe('2000-02-29');
    expect(endOfMonth('2024-02-29')).toBe('2024-02-29');
    expect(endOfMonth('2026-04-01')).toBe('2026-04-30');
    expect(endOfMonth('2026-12-31')).toBe('2026-12-31');
    expect(endOfMonth('9999-12-01')).toBe('9999-12-31');
  });

  it('refuses a bad date', () => {
    expect(() => endOfMonth('2026-00-10')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  describe('properties', () => {
    it('is the last day: addDays(endOfMonth(d), 1) is day 01', () => {
      fc.assert(
        fc.property(isoDates('0001-01-01', '9999-11-30'), (date) => {
          const end = endOfMonth(date);
          expect(end.slice(0, 8)).toBe(date.slice(0, 8));
          expect(end >= date).toBe(true);
          expect(addDays(end, 1).endsWith('-01')).toBe(true);
        }),
      );
    });
  });
});
