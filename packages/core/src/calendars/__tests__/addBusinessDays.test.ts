import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays } from '../addBusinessDays.ts';
import { countBusinessDays } from '../countBusinessDays.ts';
import { createBusinessCalendar } from '../createBusinessCalendar.ts';
import { mondayToFridayCalendar } from '../mondayToFridayCalendar.ts';
import { nextBusinessDay } from '../nextBusinessDay.ts';
import { shiftToBusinessDay } from '../shiftToBusinessDay.ts';
import { calendarDefinitions, datesAround2025, exampleChina2025 } from './exampleCalendars.ts';

const china = createBusinessCalendar(exampleChina2025);
const counts = fc.integer({ min: -60, max: 60 });

describe('addBusinessDays', () => {
  it('counts the example make-up workdays and skips the example holidays', () => {
    expect(addBusinessDays(china, '2025-01-24', 1)).toBe('2025-01-26');
    expect(addBusinessDays(china, '2025-01-26', 1)).toBe('2025-01-27');
    expect(addBusinessDays(china, '2025-01-27', 1)).toBe('2025-02-05');
    expect(addBusinessDays(china, '2025-09-26', 5)).toBe('2025-10-10');
    expect(addBusinessDays(china, '2025-10-09', -1)).toBe('2025-09-30');
    expect(addBusinessDays(china, '2025-10-09', -3)).toBe('2025-09-28');
  });

  it('counts from a non-business day without counting it', () => {
    expect(addBusinessDays(mondayToFridayCalendar, '2026-11-21', 1)).toBe('2026-11-23');
    expect(addBusinessDays(mondayToFridayCalendar, '2026-11-21', -1)).toBe('2026-11-20');
    expect(addBusinessDays(mondayToFridayCalendar, '2026-11-20', 10)).toBe('2026-12-04');
  });

  it('returns the date unchanged for 0 days, even on a holiday', () => {
    expect(addBusinessDays(china, '2025-10-01', 0)).toBe('2025-10-01');
    expect(addBusinessDays(mondayToFridayCalendar, '2026-11-22', 0)).toBe('2026-11-22');
  });

  it('refuses a count that is not an integer, and a bad date', () => {
    expect(() => addBusinessDays(china, '2025-10-01', 1.5)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => addBusinessDays(china, '2025-10-01', 1.5)).toThrow(
      'addBusinessDays: days 1.5 is not an integer',
    );
    expect(() => addBusinessDays(china, '2025-10-01', Number.NaN)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => addBusinessDays(china, '2025/10/01', 1)).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });

  it('refuses to count past the supported range, at once for impossible counts', () => {
    expect(() => addBusinessDays(mondayToFridayCalendar, '9999-12-31', 1)).toThrow(
      expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }),
    );
    expect(() => addBusinessDays(mondayToFridayCalendar, '2026-01-01', 1e12)).toThrow(
      'addBusinessDays: "2026-01-01" plus 1000000000000 business days falls outside the years 0001–9999',
    );
  });

  it('stops at a gap of 3,660 days without a business day', () => {
    const closed = createBusinessCalendar({
      name: 'closed',
      weekend: [1, 2, 3, 4, 5, 6, 7],
      workdays: ['2026-01-05'],
    });
    expect(addBusinessDays(closed, '2026-01-01', 1)).toBe('2026-01-05');
    expect(() => addBusinessDays(closed, '2026-01-01', 2)).toThrow(
      'addBusinessDays: calendar "closed" has no business day in the 3660 days after 2026-01-05',
    );
  });

  describe('properties', () => {
    it('is undone by the opposite count from a business day: addBusinessDays(addBusinessDays(d, n), -n) is d', () => {
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, counts, (definition, date, n) => {
          const calendar = createBusinessCalendar(definition);
          const businessDay = shiftToBusinessDay(calendar, date, 'forward');
          expect(addBusinessDays(calendar, addBusinessDays(calendar, businessDay, n), -n)).toBe(businessDay);
        }),
      );
    });

    it('is counted back by countBusinessDays: countBusinessDays(d, addBusinessDays(d, n)) is n for a business day d', () => {
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, counts, (definition, date, n) => {
          const calendar = createBusinessCalendar(definition);
          const businessDay = shiftToBusinessDay(calendar, date, 'forward');
          expect(countBusinessDays(calendar, businessDay, addBusinessDays(calendar, businessDay, n))).toBe(n);
        }),
      );
    });

    it('lands on a business day for any non-zero count, and adding one is nextBusinessDay', () => {
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, counts, (definition, date, n) => {
          const calendar = createBusinessCalendar(definition);
          fc.pre(n !== 0);
          expect(calendar.isBusinessDay(addBusinessDays(calendar, date, n))).toBe(true);
          expect(addBusinessDays(calendar, date, 1)).toBe(nextBusinessDay(calendar, date));
        }),
      );
    });

    it('adds in steps: adding m then n from a business day equals adding m + n when both have the same sign', () => {
      const sameSign = fc
        .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.boolean())
        .map(([m, n, negative]) => (negative ? [-m, -n] : [m, n]));
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, sameSign, (definition, date, [m = 0, n = 0]) => {
          const calendar = createBusinessCalendar(definition);
          const start = shiftToBusinessDay(calendar, date, 'forward');
          expect(addBusinessDays(calendar, addBusinessDays(calendar, start, m), n)).toBe(
            addBusinessDays(calendar, start, m + n),
          );
        }),
      );
    });
  });
});
