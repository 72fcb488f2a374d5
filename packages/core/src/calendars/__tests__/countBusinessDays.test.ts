import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachDayOfInterval } from '../../dates/eachDayOfInterval.ts';
import { countBusinessDays } from '../countBusinessDays.ts';
import { createBusinessCalendar } from '../createBusinessCalendar.ts';
import { mondayToFridayCalendar } from '../mondayToFridayCalendar.ts';
import { calendarDefinitions, datesAround2025, exampleChina2025 } from './exampleCalendars.ts';

const china = createBusinessCalendar(exampleChina2025);

describe('countBusinessDays', () => {
  it('counts the business days after start up to and including end', () => {
    expect(countBusinessDays(mondayToFridayCalendar, '2026-11-20', '2026-11-30')).toBe(6);
    expect(countBusinessDays(mondayToFridayCalendar, '2026-11-20', '2026-11-23')).toBe(1);
    expect(countBusinessDays(mondayToFridayCalendar, '2026-11-20', '2026-11-22')).toBe(0);
    expect(countBusinessDays(mondayToFridayCalendar, '2026-11-20', '2026-11-20')).toBe(0);
  });

  it('counts the example make-up workdays and skips the example holidays', () => {
    // 09-28 (Sunday, worked), 09-29, 09-30, 10-09, 10-10, 10-11 (Saturday, worked).
    expect(countBusinessDays(china, '2025-09-26', '2025-10-12')).toBe(6);
    expect(countBusinessDays(china, '2025-01-27', '2025-02-05')).toBe(1);
  });

  it('is negative when end is before start, and never -0', () => {
    expect(countBusinessDays(mondayToFridayCalendar, '2026-11-30', '2026-11-20')).toBe(-6);
    expect(countBusinessDays(china, '2025-10-12', '2025-09-26')).toBe(-6);
    expect(Object.is(countBusinessDays(mondayToFridayCalendar, '2026-11-22', '2026-11-20'), 0)).toBe(true);
  });

  it('refuses bad dates, naming which', () => {
    expect(() => countBusinessDays(china, '2025-09-26', '2025-02-29')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => countBusinessDays(china, '2025-09-26', '2025-02-29')).toThrow(
      'countBusinessDays: end: "2025-02-29"',
    );
  });

  describe('properties', () => {
    it('counts exactly the business days in (start, end]', () => {
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, datesAround2025, (definition, a, b) => {
          const calendar = createBusinessCalendar(definition);
          const [start, end] = a <= b ? [a, b] : [b, a];
          const expected = eachDayOfInterval(start, end).slice(1).filter(calendar.isBusinessDay).length;
          expect(countBusinessDays(calendar, start, end)).toBe(expected);
        }),
      );
    });

    it('is antisymmetric: swapping start and end flips the sign', () => {
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, datesAround2025, (definition, a, b) => {
          const calendar = createBusinessCalendar(definition);
          expect(countBusinessDays(calendar, a, b) + countBusinessDays(calendar, b, a)).toBe(0);
        }),
      );
    });

    it('adds over adjacent intervals: count(a, b) + count(b, c) is count(a, c)', () => {
      fc.assert(
        fc.property(
          calendarDefinitions,
          datesAround2025,
          datesAround2025,
          datesAround2025,
          (definition, a, b, c) => {
            const calendar = createBusinessCalendar(definition);
            expect(countBusinessDays(calendar, a, b) + countBusinessDays(calendar, b, c)).toBe(
              countBusinessDays(calendar, a, c),
            );
          },
        ),
      );
    });
  });
});
