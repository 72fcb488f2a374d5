import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../BusinessCalendar.ts';
import { createBusinessCalendar } from '../createBusinessCalendar.ts';
import { isBusinessDay } from '../isBusinessDay.ts';
import { calendarDefinitions, datesAround2025, exampleChina2025 } from './exampleCalendars.ts';

const china = createBusinessCalendar(exampleChina2025);

describe('isBusinessDay', () => {
  it('knows the example Chinese calendar, make-up workdays included', () => {
    expect(isBusinessDay(china, '2025-09-28')).toBe(true); // a Sunday make-up workday
    expect(isBusinessDay(china, '2025-01-26')).toBe(true); // a Sunday make-up workday
    expect(isBusinessDay(china, '2025-02-08')).toBe(true); // a Saturday make-up workday
    expect(isBusinessDay(china, '2025-01-28')).toBe(false); // Spring Festival, a Tuesday
    expect(isBusinessDay(china, '2025-10-04')).toBe(false); // National Day, a Saturday
    expect(isBusinessDay(china, '2025-09-27')).toBe(false); // an ordinary Saturday
    expect(isBusinessDay(china, '2025-09-26')).toBe(true); // an ordinary Friday
  });

  it('asks any other calendar through its isBusinessDay method', () => {
    const asked: string[] = [];
    const everyOtherDay: BusinessCalendar = {
      name: 'odd days',
      isBusinessDay: (date) => {
        asked.push(date);
        return Number(date.slice(8)) % 2 === 1;
      },
    };
    expect(isBusinessDay(everyOtherDay, '2026-11-21')).toBe(true);
    expect(isBusinessDay(everyOtherDay, '2026-11-22')).toBe(false);
    expect(asked).toEqual(['2026-11-21', '2026-11-22']);
  });

  it('refuses a bad date before asking the calendar', () => {
    const never: BusinessCalendar = {
      name: 'never asked',
      isBusinessDay: () => {
        throw new Error('asked');
      },
    };
    expect(() => isBusinessDay(never, '2026-02-30')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => isBusinessDay(china, '2026-02-30')).toThrow(
      'isBusinessDay: date: "2026-02-30" is not a date',
    );
  });

  it('refuses something that is not a calendar, or an answer that is not a boolean', () => {
    expect(() => isBusinessDay(undefined as never, '2026-11-21')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => isBusinessDay({ name: 'no method' } as never, '2026-11-21')).toThrow(
      'isBusinessDay: calendar an object is not a business calendar: it needs an isBusinessDay(date) method',
    );
    const vague = { name: 'vague', isBusinessDay: () => 'maybe' } as unknown as BusinessCalendar;
    expect(() => isBusinessDay(vague, '2026-11-21')).toThrow(
      expect.objectContaining({ code: 'INVALID_CALENDAR' }),
    );
    expect(() => isBusinessDay(vague, '2026-11-21')).toThrow(
      'isBusinessDay: calendar "vague" answered "maybe" for 2026-11-21; isBusinessDay must return true or false',
    );
  });

  describe('properties', () => {
    it('agrees with the calendar’s own method', () => {
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, (definition, date) => {
          const calendar = createBusinessCalendar(definition);
          expect(isBusinessDay(calendar, date)).toBe(calendar.isBusinessDay(date));
        }),
      );
    });
  });
});
