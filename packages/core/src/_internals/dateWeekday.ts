import type { IsoWeekday } from '../dates/IsoWeekday.ts';

/**
 * The ISO weekday of a day number. Day 0, 1970-01-01, was a Thursday (4); the double modulo keeps
 * days before 1970 in 1–7.
 *
 * @internal
 */
export function isoWeekdayOf(dayNumber: number): IsoWeekday {
  return (((((dayNumber + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}
