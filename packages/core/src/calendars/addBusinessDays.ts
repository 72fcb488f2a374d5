import { businessDayPredicateOf } from '../_internals/calendarPredicate.ts';
import { findBusinessDay } from '../_internals/calendarSearch.ts';
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from '../_internals/civil.ts';
import { readDate, readInteger } from '../_internals/dateArguments.ts';
import { dateOutOfRange, describeShift, formatDayNumber } from '../_internals/dateResult.ts';
import type { IsoDate } from '../dates/IsoDate.ts';
import type { BusinessCalendar } from './BusinessCalendar.ts';

/**
 * Counts a number of business days forward (or backward, when negative) from a date, the way payment
 * terms in business days are counted: the date itself does not count, each following business day does.
 *
 * `days = 0` returns `date` unchanged, even when it is a holiday or a weekend day: adding nothing moves
 * nothing. To land on a business day, use {@link shiftToBusinessDay}.
 *
 * @param calendar - Any {@link BusinessCalendar}.
 * @param date - An ISO calendar date; it need not be a business day.
 * @param days - Whole business days to add, positive or negative.
 * @returns The business day reached after counting `days` business days; `date` itself when `days` is 0.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `days` is not an integer (or `calendar` is not a
 *   calendar); `NO_BUSINESS_DAY` when a gap of 3,660 days without a business day is met;
 *   `DATE_OUT_OF_RANGE` when counting leaves the years 0001–9999; `INVALID_DATE` when `date` is not a
 *   real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { addBusinessDays, mondayToFridayCalendar } from '@receivables/core';
 *
 * console.log(addBusinessDays(mondayToFridayCalendar, '2026-11-20', 1)); // 2026-11-23
 * console.log(addBusinessDays(mondayToFridayCalendar, '2026-11-23', -1)); // 2026-11-20
 * console.log(addBusinessDays(mondayToFridayCalendar, '2026-11-21', 0)); // 2026-11-21
 * ```
 */
export function addBusinessDays(calendar: BusinessCalendar, date: IsoDate, days: number): IsoDate {
  const isBusiness = businessDayPredicateOf(calendar, 'addBusinessDays');
  let dayNumber = readDate(date, 'addBusinessDays', 'date');
  const count = readInteger(days, 'addBusinessDays', 'days');
  if (count === 0) return date;
  // Every business day counted moves at least one calendar day, so such a count cannot stay in range.
  if (Math.abs(count) > MAX_DAY_NUMBER - MIN_DAY_NUMBER) {
    throw dateOutOfRange('addBusinessDays', describeShift(date, count, 'business day'));
  }
  const step = count > 0 ? 1 : -1;
  for (let left = Math.abs(count); left > 0; left--) {
    dayNumber = findBusinessDay(calendar, isBusiness, dayNumber, step, 'addBusinessDays');
  }
  return formatDayNumber(dayNumber);
}
