import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../daysInMonth.ts';
import { differenceInDays } from '../differenceInDays.ts';
import { endOfMonth } from '../endOfMonth.ts';
import { startOfMonth } from '../startOfMonth.ts';
import { isoDates } from './dateArbitraries.ts';

describe('daysInMonth', () => {
  it('follows the Gregorian leap-year rule: 1900 no, 2000 yes, 2024 yes', () => {
    expect(daysInMonth('1900-02-01')).toBe(28);
    expect(daysInMonth('2000-02-01')).toBe(29);
    expect(daysInMonth('2024-02-15')).toBe(29);
    expect(daysInMonth('2026-02-15')).toBe(28);
    expect(daysInMonth('2100-02-15')).toBe(28);
    expect(daysInMonth('0004-02-01')).toBe(29);
  });

  it('knows the 30- and 31-day months', () => {
    const lengths = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((month) =>
      daysInMonth(`2026-${month}-01`),
    );
    expect(lengths).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('refuses a bad date', () => {
    expect(() => daysInMonth('2026-02')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  describe('properties', () => {
    it('counts the days from the first to the last of the month', () => {
      fc.assert(
        fc.property(isoDates(), (date) => {
          expect(daysInMonth(date)).toBe(differenceInDays(endOfMonth(date), startOfMonth(date)) + 1);
        }),
      );
    });
  });
});
