import { businessDayPredicateOf } from '../_internals/calendarPredicate.ts';
import { readDate } from '../_internals/dateArguments.ts';
import type { IsoDate } from '../dates/IsoDate.ts';
import type { BusinessCalendar } from './BusinessCalendar.ts';

/**
 * Counts the business days after `start` up to and including `end`, the inverse of
 * {@link addBusinessDays}: for a business day `d`, `countBusinessDays(c, d, addBusinessDays(c, d, n))`
 * is `n`. When `end` is before `start` the count is of the days after `end` up to and including
 * `start`, made negative.
 *
 * @param calendar - Any {@link BusinessCalendar}.
 * @param start - The ISO date counted from (not itself counted).
 * @param end - The ISO date counted to (counted when it is a business day).
 * @returns The signed number of business days in (start, end]; 0 when the dates are equal.
 * @throws {ReceivablesError} `INVALID_DATE` when either date is not a real `YYYY-MM-DD` date;
 *   `INVALID_ARGUMENT` or `INVALID_CALENDAR` for a malformed calendar.
 *
 * @example
 * ```ts
 * import { countBusinessDays, mondayToFridayCalendar } from '@receivables/core';
 *
 * console.log(countBusinessDays(mondayToFridayCalendar, '2026-11-20', '2026-11-30')); // 6
 * console.log(countBusinessDays(mondayToFridayCalendar, '2026-11-30', '2026-11-20')); // -6
 * ```
 */
export function countBusinessDays(calendar: BusinessCalendar, start: IsoDate, end: IsoDate): number {
  const isBusiness = businessDayPredicateOf(calendar, 'countBusinessDays');
  const from = readDate(start, 'countBusinessDays', 'start');
  const to = readDate(end, 'countBusinessDays', 'end');
  const [low, high] = from <= to ? [from, to] : [to, from];
  let count = 0;
  for (let dayNumber = low + 1; dayNumber <= high; dayNumber++) {
    if (isBusiness(dayNumber)) count++;
  }
  // `0 - count`, not `-count`: an empty backward count must be 0, not a negative zero.
  return from <= to ? count : 0 - count;
}
