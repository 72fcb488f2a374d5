import { businessDayPredicateOf } from '../_internals/calendarPredicate.ts';
import { findBusinessDay } from '../_internals/calendarSearch.ts';
import { readDate } from '../_internals/dateArguments.ts';
import { formatDayNumber } from '../_internals/dateResult.ts';
import type { IsoDate } from '../dates/IsoDate.ts';
import type { BusinessCalendar } from './BusinessCalendar.ts';

/**
 * Finds the first business day strictly after a date, whether or not the date itself is one.
 *
 * @param calendar - Any {@link BusinessCalendar}.
 * @param date - An ISO calendar date.
 * @returns The earliest business day after `date`.
 * @throws {ReceivablesError} `NO_BUSINESS_DAY` when the calendar has none in the 3,660 days after
 *   `date`; `DATE_OUT_OF_RANGE` when the search passes 9999-12-31; `INVALID_DATE` when `date` is not a
 *   real `YYYY-MM-DD` date; `INVALID_ARGUMENT` or `INVALID_CALENDAR` for a malformed calendar.
 *
 * @example
 * ```ts
 * import { mondayToFridayCalendar, nextBusinessDay } from '@receivables/core';
 *
 * console.log(nextBusinessDay(mondayToFridayCalendar, '2026-11-20')); // 2026-11-23
 * console.log(nextBusinessDay(mondayToFridayCalendar, '2026-11-23')); // 2026-11-24
 * ```
 */
export function nextBusinessDay(calendar: BusinessCalendar, date: IsoDate): IsoDate {
  const isBusiness = businessDayPredicateOf(calendar, 'nextBusinessDay');
  const start = readDate(date, 'nextBusinessDay', 'date');
  return formatDayNumber(findBusinessDay(calendar, isBusiness, start, 1, 'nextBusinessDay'));
}
