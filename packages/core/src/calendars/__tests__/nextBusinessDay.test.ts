import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates/addDays.ts';
import { dayOfWeek } from '../../dates/dayOfWeek.ts';
import { eachDayOfInterval } from '../../dates/eachDayOfInterval.ts';
import type { BusinessCalendar } from '../BusinessCalendar.ts';
import { createBusinessCalendar } from '../createBusinessCalendar.ts';
import { mondayToFridayCalendar } from '../mondayToFridayCalendar.ts';
import { nextBusinessDay } from '../nextBusinessDay.ts';
import { calendarDefinitions, datesAround2025, exampleChina2025 } from './exampleCalendars.ts';

const china = createBusinessCalendar(exampleChina2025);

describe('nextBusinessDay', () => {
  it('skips weekends and holidays, and lands on make-up workdays', () => {
    expect(nextBusinessDay(mondayToFridayCalendar, '2026-11-20')).toBe('2026-11-23');
    expect(nextBusinessDay(china, '2025-09-30')).toBe('2025-10-09');
    expect(nextBusinessDay(china, '2025-01-24')).toBe('2025-01-26');
    expect(nextBusinessDay(china, '2025-02-07')).toBe('2025-02-08');
    expect(nextBusinessDay(china, '2025-10-10')).toBe('2025-10-11');
  });

  it('is strictly after the date, even when the date is a business day', () => {
    expect(nextBusinessDay(mondayToFridayCalendar, '2026-11-23')).toBe('2026-11-24');
  });

  it('gives up after 3,660 days without a business day, naming the calendar and the date', () => {
    const closed = createBusinessCalendar({ name: 'closed', weekend: [1, 2, 3, 4, 5, 6, 7] });
    expect(() => nextBusinessDay(closed, '2026-01-01')).toThrow(
      expect.objectContaining({ code: 'NO_BUSINESS_DAY' }),
    );
    expect(() => nextBusinessDay(closed, '2026-01-01')).toThrow(
      'nextBusinessDay: calendar "closed" has no business day in the 3660 days after 2026-01-01',
    );
    const afterTenYears = createBusinessCalendar({
      name: 'closed for ten years',
      weekend: [1, 2, 3, 4, 5, 6, 7],
      workdays: ['2036-01-09'],
    });
    expect(nextBusinessDay(afterTenYears, '2026-01-01')).toBe('2036-01-09');
    expect(() => nextBusinessDay(afterTenYears, '2025-12-31')).toThrow(
      expect.objectContaining({ code: 'NO_BUSINESS_DAY' }),
    );
  });

  it('refuses to search past 9999-12-31', () => {
    expect(() => nextBusinessDay(mondayToFridayCalendar, '9999-12-31')).toThrow(
      expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }),
    );
    expect(nextBusinessDay(mondayToFridayCalendar, '9999-12-30')).toBe('9999-12-31');
  });

  it('refuses bad input', () => {
    expect(() => nextBusinessDay(china, '2025-09-31')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => nextBusinessDay(null as never, '2025-09-30')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('works through any calendar, asking it day by day', () => {
    const thursdaysOnly: BusinessCalendar = {
      name: 'Thursdays',
      isBusinessDay: (date) => dayOfWeek(date) === 4,
    };
    expect(nextBusinessDay(thursdaysOnly, '2026-11-20')).toBe('2026-11-26');
  });

  describe('properties', () => {
    it('is strictly after the date, is a business day, and no business day lies between', () => {
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, (definition, date) => {
          const calendar = createBusinessCalendar(definition);
          const next = nextBusinessDay(calendar, date);
          expect(next > date).toBe(true);
          expect(calendar.isBusinessDay(next)).toBe(true);
          const between =
            next === addDays(date, 1) ? [] : eachDayOfInterval(addDays(date, 1), addDays(next, -1));
          expect(between.filter(calendar.isBusinessDay)).toEqual([]);
        }),
      );
    });
  });
});
