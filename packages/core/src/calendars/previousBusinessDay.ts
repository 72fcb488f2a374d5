import { businessDayPredicateOf } from '../_internals/calendarPredicate.ts';
import { findBusinessDay } from '../_internals/calendarSearch.ts';
import { readDate } from '../_internals/dateArguments.ts';
import { formatDayNumber } from '../_internals/dateResult.ts';
import type { IsoDate } from '../dates/IsoDate.ts';
import type { BusinessCalendar } from './BusinessCalendar.ts';

/**
 * Finds the last business day strictly before a date, whether or not the date itself is one.
 *
 * @param calendar - Any {@link BusinessCalendar}.
 * @param date - An ISO calendar date.
 * @returns The latest business day before `date`.
 * @throws {ReceivablesError} `NO_BUSINESS_DAY` when the calendar has none in the 3,660 days before
 *   `date`; `DATE_OUT_OF_RANGE` when the search passes 0001-01-01; `INVALID_DATE` when `date` is not a
 *   real `YYYY-MM-DD` date; `INVALID_ARGUMENT` or `INVALID_CALENDAR` for a malformed calendar.
 *
 * @example
 * ```ts
 * import { mondayToFridayCalendar, previousBusinessDay } from '@receivables/core';
 *
 * console.log(previousBusinessDay(mondayToFridayCalendar, '2026-11-23')); // 2026-11-20
 * ```
 */
export function previousBusinessDay(calendar: BusinessCalendar, date: IsoDate): IsoDate {
  const isBusiness = businessDayPredicateOf(calendar, 'previousBusinessDay');
  const start = readDate(date, 'previousBusinessDay', 'date');
  return formatDayNumber(findBusinessDay(calendar, isBusiness, start, -1, 'previousBusinessDay'));
}
