import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDates } from '../../dates/__tests__/dateArbitraries.ts';
import { dayOfWeek } from '../../dates/dayOfWeek.ts';
import { isBusinessDay } from '../isBusinessDay.ts';
import { mondayToFridayCalendar } from '../mondayToFridayCalendar.ts';

describe('mondayToFridayCalendar', () => {
  it('works Monday to Friday and rests at the weekend', () => {
    const week = [
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ];
    expect(week.map((date) => isBusinessDay(mondayToFridayCalendar, date))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(mondayToFridayCalendar.name).toBe('Monday to Friday');
  });

  it('has no holidays: a public holiday on a weekday is a business day', () => {
    expect(isBusinessDay(mondayToFridayCalendar, '2025-12-25')).toBe(true);
    expect(isBusinessDay(mondayToFridayCalendar, '2025-10-01')).toBe(true);
  });

  it('cannot be changed', () => {
    expect(Object.isFrozen(mondayToFridayCalendar)).toBe(true);
  });

  describe('properties', () => {
    it('a date is a business day exactly when its ISO weekday is 1 to 5', () => {
      fc.assert(
        fc.property(isoDates(), (date) => {
          expect(mondayToFridayCalendar.isBusinessDay(date)).toBe(dayOfWeek(date) <= 5);
        }),
      );
    });
  });
});
