import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../dates/IsoDate.ts';
import { addBusinessDays } from '../addBusinessDays.ts';
import type { BusinessCalendar } from '../BusinessCalendar.ts';
import { countBusinessDays } from '../countBusinessDays.ts';
import { createBusinessCalendar } from '../createBusinessCalendar.ts';
import { nextBusinessDay } from '../nextBusinessDay.ts';
import { previousBusinessDay } from '../previousBusinessDay.ts';
import { shiftToBusinessDay } from '../shiftToBusinessDay.ts';
import { calendarDefinitions, datesAround2025, exampleChina2025 } from './exampleCalendars.ts';

/** An adapter over another holiday source, written as a class to check that `this` is kept. */
class LookupCalendar implements BusinessCalendar {
  readonly name = 'lookup adapter';
  constructor(private readonly closedDates: ReadonlySet<IsoDate>) {}
  isBusinessDay(date: IsoDate): boolean {
    return !this.closedDates.has(date);
  }
}

/** Wraps any calendar in a plain adapter, hiding that the suite built it. */
function asAdapter(calendar: BusinessCalendar): BusinessCalendar {
  return { name: `${calendar.name} (adapter)`, isBusinessDay: (date) => calendar.isBusinessDay(date) };
}

describe('BusinessCalendar as an adapter', () => {
  it('lets any holiday source drive every business-day function', () => {
    const lookup = new LookupCalendar(new Set(['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27']));
    expect(nextBusinessDay(lookup, '2026-12-23')).toBe('2026-12-28');
    expect(previousBusinessDay(lookup, '2026-12-28')).toBe('2026-12-23');
    expect(shiftToBusinessDay(lookup, '2026-12-25', 'backward')).toBe('2026-12-23');
    expect(addBusinessDays(lookup, '2026-12-23', 2)).toBe('2026-12-29');
    expect(countBusinessDays(lookup, '2026-12-23', '2026-12-29')).toBe(2);
  });

  it('lets errors of the source through unchanged', () => {
    const failing: BusinessCalendar = {
      name: 'offline service',
      isBusinessDay: () => {
        throw new Error('holiday service unreachable');
      },
    };
    expect(() => nextBusinessDay(failing, '2026-12-23')).toThrow('holiday service unreachable');
  });

  it('insists on a boolean answer', () => {
    const sloppy = { name: 'sloppy', isBusinessDay: () => undefined } as unknown as BusinessCalendar;
    expect(() => addBusinessDays(sloppy, '2026-12-23', 1)).toThrow(
      expect.objectContaining({ code: 'INVALID_CALENDAR' }),
    );
    expect(() => addBusinessDays(sloppy, '2026-12-23', 1)).toThrow(
      'addBusinessDays: calendar "sloppy" answered undefined for 2026-12-24; isBusinessDay must return true or false',
    );
  });

  describe('properties', () => {
    it('gives the same answers through an adapter as through the built calendar', () => {
      fc.assert(
        fc.property(
          calendarDefinitions,
          datesAround2025,
          fc.integer({ min: -40, max: 40 }),
          (definition, date, days) => {
            const built = createBusinessCalendar(definition);
            const adapter = asAdapter(built);
            expect(nextBusinessDay(adapter, date)).toBe(nextBusinessDay(built, date));
            expect(previousBusinessDay(adapter, date)).toBe(previousBusinessDay(built, date));
            expect(addBusinessDays(adapter, date, days)).toBe(addBusinessDays(built, date, days));
            expect(countBusinessDays(adapter, date, '2025-06-30')).toBe(
              countBusinessDays(built, date, '2025-06-30'),
            );
          },
        ),
      );
    });

    it('shifts the same through an adapter on the example Chinese calendar', () => {
      const built = createBusinessCalendar(exampleChina2025);
      fc.assert(
        fc.property(datesAround2025, (date) => {
          expect(shiftToBusinessDay(asAdapter(built), date, 'forward')).toBe(
            shiftToBusinessDay(built, date, 'forward'),
          );
        }),
      );
    });
  });
});
