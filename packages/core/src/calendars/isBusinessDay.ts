import { businessDayPredicateOf } from '../_internals/calendarPredicate.ts';
import { readDate } from '../_internals/dateArguments.ts';
import type { IsoDate } from '../dates/IsoDate.ts';
import type { BusinessCalendar } from './BusinessCalendar.ts';

/**
 * Tells whether a date is a business day of a calendar.
 *
 * @param calendar - Any {@link BusinessCalendar}.
 * @param date - An ISO calendar date.
 * @returns `true` when the calendar works on that date.
 * @throws {ReceivablesError} `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date;
 *   `INVALID_ARGUMENT` when `calendar` has no `isBusinessDay` method; `INVALID_CALENDAR` when it
 *   answers something other than a boolean.
 *
 * @example
 * ```ts
 * import { isBusinessDay, mondayToFridayCalendar } from '@receivables/core';
 *
 * console.log(isBusinessDay(mondayToFridayCalendar, '2026-11-20'), isBusinessDay(mondayToFridayCalendar, '2026-11-21')); // true false
 * ```
 */
export function isBusinessDay(calendar: BusinessCalendar, date: IsoDate): boolean {
  const isBusiness = businessDayPredicateOf(calendar, 'isBusinessDay');
  return isBusiness(readDate(date, 'isBusinessDay', 'date'));
}
