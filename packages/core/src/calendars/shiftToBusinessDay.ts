import { businessDayPredicateOf } from '../_internals/calendarPredicate.ts';
import { findBusinessDay } from '../_internals/calendarSearch.ts';
import { readDate } from '../_internals/dateArguments.ts';
import { formatDayNumber } from '../_internals/dateResult.ts';
import type { IsoDate } from '../dates/IsoDate.ts';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import type { BusinessCalendar } from './BusinessCalendar.ts';

/**
 * Moves a date onto a business day: the date itself when it is one, otherwise the nearest business day
 * in the given direction. Use `'backward'` to send a reminder before a closure rather than after it.
 *
 * @param calendar - Any {@link BusinessCalendar}.
 * @param date - An ISO calendar date.
 * @param direction - `'forward'` to the next business day, `'backward'` to the previous one.
 * @returns `date` when it is a business day, otherwise the nearest business day in `direction`.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `direction` is neither value (or `calendar` is not
 *   a calendar); `NO_BUSINESS_DAY` when the calendar has none within 3,660 days; `DATE_OUT_OF_RANGE` when
 *   the search leaves the years 0001–9999; `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { mondayToFridayCalendar, shiftToBusinessDay } from '@receivables/core';
 *
 * console.log(shiftToBusinessDay(mondayToFridayCalendar, '2026-11-21', 'forward')); // 2026-11-23
 * console.log(shiftToBusinessDay(mondayToFridayCalendar, '2026-11-21', 'backward')); // 2026-11-20
 * console.log(shiftToBusinessDay(mondayToFridayCalendar, '2026-11-20', 'forward')); // 2026-11-20
 * ```
 */
export function shiftToBusinessDay(
  calendar: BusinessCalendar,
  date: IsoDate,
  direction: 'forward' | 'backward',
): IsoDate {
  const isBusiness = businessDayPredicateOf(calendar, 'shiftToBusinessDay');
  const start = readDate(date, 'shiftToBusinessDay', 'date');
  if (direction !== 'forward' && direction !== 'backward') {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `shiftToBusinessDay: direction ${describeValue(direction)} is neither "forward" nor "backward"`,
      { details: { field: 'direction', value: describeValue(direction) } },
    );
  }
  if (isBusiness(start)) return date;
  const step = direction === 'forward' ? 1 : -1;
  return formatDayNumber(findBusinessDay(calendar, isBusiness, start, step, 'shiftToBusinessDay'));
}
