import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../addDays.ts';
import { dayOfWeek } from '../dayOfWeek.ts';
import { isoDates } from './dateArbitraries.ts';

describe('dayOfWeek', () => {
  it('numbers weekdays as ISO does: Monday 1 … Sunday 7', () => {
    expect(dayOfWeek('2026-11-23')).toBe(1);
    expect(dayOfWeek('2026-11-27')).toBe(5);
    expect(dayOfWeek('2026-11-28')).toBe(6);
    expect(dayOfWeek('2026-11-22')).toBe(7);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });

  it('knows the weekdays at the ends of the range (proleptic Gregorian)', () => {
    expect(dayOfWeek('0001-01-01')).toBe(1);
    expect(dayOfWeek('9999-12-31')).toBe(5);
    expect(dayOfWeek('2000-02-29')).toBe(2);
  });

  it('refuses a bad date', () => {
    expect(() => dayOfWeek('2026-11-31')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  describe('properties', () => {
    it('advances by one per day, modulo 7', () => {
      fc.assert(
        fc.property(isoDates('0001-01-01', '9999-12-30'), (date) => {
          expect(dayOfWeek(addDays(date, 1))).toBe((dayOfWeek(date) % 7) + 1);
        }),
      );
    });

    it('repeats every 7 days', () => {
      fc.assert(
        fc.property(isoDates('0001-01-01', '9999-12-24'), (date) => {
          expect(dayOfWeek(addDays(date, 7))).toBe(dayOfWeek(date));
        }),
      );
    });
  });
});
