import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates/addDays.ts';
import { eachDayOfInterval } from '../../dates/eachDayOfInterval.ts';
import { createBusinessCalendar } from '../createBusinessCalendar.ts';
import { mondayToFridayCalendar } from '../mondayToFridayCalendar.ts';
import { nextBusinessDay } from '../nextBusinessDay.ts';
import { previousBusinessDay } from '../previousBusinessDay.ts';
import { calendarDefinitions, datesAround2025, exampleChina2025 } from './exampleCalendars.ts';

const china = createBusinessCalendar(exampleChina2025);

describe('previousBusinessDay', () => {
  it('skips weekends and holidays, and lands on make-up workdays', () => {
    expect(previousBusinessDay(mondayToFridayCalendar, '2026-11-23')).toBe('2026-11-20');
    expect(previousBusinessDay(china, '2025-10-09')).toBe('2025-09-30');
    expect(previousBusinessDay(china, '2025-02-05')).toBe('2025-01-27');
    expect(previousBusinessDay(china, '2025-09-29')).toBe('2025-09-28');
  });

  it('is strictly before the date, even when the date is a business day', () => {
    expect(previousBusinessDay(mondayToFridayCalendar, '2026-11-24')).toBe('2026-11-23');
  });

  it('gives up after 3,660 days without a business day, naming the calendar and the date', () => {
    const closed = createBusinessCalendar({ name: 'closed', weekend: [1, 2, 3, 4, 5, 6, 7] });
    expect(() => previousBusinessDay(closed, '2026-01-01')).toThrow(
      'previousBusinessDay: calendar "closed" has no business day in the 3660 days before 2026-01-01',
    );
  });

  it('refuses to search before 0001-01-01', () => {
    expect(() => previousBusinessDay(mondayToFridayCalendar, '0001-01-01')).toThrow(
      expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }),
    );
    expect(previousBusinessDay(mondayToFridayCalendar, '0001-01-02')).toBe('0001-01-01');
  });

  it('refuses bad input', () => {
    expect(() => previousBusinessDay(china, '20250930')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });

  describe('properties', () => {
    it('is strictly before the date, is a business day, and no business day lies between', () => {
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, (definition, date) => {
          const calendar = createBusinessCalendar(definition);
          const previous = previousBusinessDay(calendar, date);
          expect(previous < date).toBe(true);
          expect(calendar.isBusinessDay(previous)).toBe(true);
          const between =
            previous === addDays(date, -1) ? [] : eachDayOfInterval(addDays(previous, 1), addDays(date, -1));
          expect(between.filter(calendar.isBusinessDay)).toEqual([]);
        }),
      );
    });

    it('undoes nextBusinessDay from a business day', () => {
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, (definition, date) => {
          const calendar = createBusinessCalendar(definition);
          const businessDay = nextBusinessDay(calendar, date);
          expect(previousBusinessDay(calendar, nextBusinessDay(calendar, businessDay))).toBe(businessDay);
        }),
      );
    });
  });
});
