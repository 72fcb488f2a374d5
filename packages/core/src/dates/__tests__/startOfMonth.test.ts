import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../addDays.ts';
import { startOfMonth } from '../startOfMonth.ts';
import { isoDates } from './dateArbitraries.ts';

describe('startOfMonth', () => {
  it('gives day 01 of the same month', () => {
    expect(startOfMonth('2026-02-17')).toBe('2026-02-01');
    expect(startOfMonth('2026-02-01')).toBe('2026-02-01');
    expect(startOfMonth('0001-01-01')).toBe('0001-01-01');
    expect(startOfMonth('9999-12-31')).toBe('9999-12-01');
  });

  it('refuses a bad date', () => {
    expect(() => startOfMonth('2026-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => startOfMonth('2026-02-30')).toThrow('startOfMonth: date: "2026-02-30" is not a date');
  });

  describe('properties', () => {
    it('is the first day: the day before it lies in another month', () => {
      fc.assert(
        fc.property(isoDates('0001-02-01'), (date) => {
          const start = startOfMonth(date);
          expect(start.slice(0, 8)).toBe(date.slice(0, 8));
          expect(start.endsWith('-01')).toBe(true);
          expect(addDays(start, -1).slice(0, 7)).not.toBe(date.slice(0, 7));
        }),
      );
    });

    it('is idempotent', () => {
      fc.assert(
        fc.property(isoDates(), (date) => {
          expect(startOfMonth(startOfMonth(date))).toBe(startOfMonth(date));
        }),
      );
    });
  });
});
