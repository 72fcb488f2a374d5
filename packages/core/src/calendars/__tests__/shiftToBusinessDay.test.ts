import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../createBusinessCalendar.ts';
import { mondayToFridayCalendar } from '../mondayToFridayCalendar.ts';
import { shiftToBusinessDay } from '../shiftToBusinessDay.ts';
import { calendarDefinitions, datesAround2025, exampleChina2025 } from './exampleCalendars.ts';

const china = createBusinessCalendar(exampleChina2025);
const directions = fc.constantFrom('forward' as const, 'backward' as const);

describe('shiftToBusinessDay', () => {
  it('moves out of the example National Day closure in either direction', () => {
    expect(shiftToBusinessDay(china, '2025-10-01', 'forward')).toBe('2025-10-09');
    expect(shiftToBusinessDay(china, '2025-10-05', 'backward')).toBe('2025-09-30');
    expect(shiftToBusinessDay(china, '2025-10-08', 'backward')).toBe('2025-09-30');
  });

  it('moves out of the example Spring Festival closure, onto make-up workdays where they are nearest', () => {
    expect(shiftToBusinessDay(china, '2025-01-25', 'forward')).toBe('2025-01-26');
    expect(shiftToBusinessDay(china, '2025-01-28', 'backward')).toBe('2025-01-27');
    expect(shiftToBusinessDay(china, '2025-02-04', 'forward')).toBe('2025-02-05');
    expect(shiftToBusinessDay(china, '2025-02-09', 'backward')).toBe('2025-02-08');
  });

  it('keeps a date that is already a business day, make-up workdays included', () => {
    expect(shiftToBusinessDay(china, '2025-09-28', 'forward')).toBe('2025-09-28');
    expect(shiftToBusinessDay(china, '2025-09-28', 'backward')).toBe('2025-09-28');
    expect(shiftToBusinessDay(mondayToFridayCalendar, '2026-11-20', 'forward')).toBe('2026-11-20');
  });

  it('refuses an unknown direction', () => {
    expect(() => shiftToBusinessDay(china, '2025-10-01', 'earlier' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => shiftToBusinessDay(china, '2025-10-01', undefined as never)).toThrow(
      'shiftToBusinessDay: direction undefined is neither "forward" nor "backward"',
    );
  });

  it('refuses a bad date and a calendar without business days', () => {
    expect(() => shiftToBusinessDay(china, '2025-10-32', 'forward')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    const closed = createBusinessCalendar({ name: 'closed', weekend: [1, 2, 3, 4, 5, 6, 7] });
    expect(() => shiftToBusinessDay(closed, '2025-10-01', 'backward')).toThrow(
      expect.objectContaining({ code: 'NO_BUSINESS_DAY' }),
    );
  });

  describe('properties', () => {
    it('always lands on a business day', () => {
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, directions, (definition, date, direction) => {
          const calendar = createBusinessCalendar(definition);
          expect(calendar.isBusinessDay(shiftToBusinessDay(calendar, date, direction))).toBe(true);
        }),
      );
    });

    it('is idempotent: shifting a shifted date changes nothing', () => {
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, directions, (definition, date, direction) => {
          const calendar = createBusinessCalendar(definition);
          const shifted = shiftToBusinessDay(calendar, date, direction);
          expect(shiftToBusinessDay(calendar, shifted, direction)).toBe(shifted);
        }),
      );
    });

    it('brackets the date: backward shift ≤ date ≤ forward shift, all equal on a business day', () => {
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, (definition, date) => {
          const calendar = createBusinessCalendar(definition);
          const backward = shiftToBusinessDay(calendar, date, 'backward');
          const forward = shiftToBusinessDay(calendar, date, 'forward');
          expect(backward <= date && date <= forward).toBe(true);
          expect(backward === forward).toBe(calendar.isBusinessDay(date));
        }),
      );
    });
  });
});
