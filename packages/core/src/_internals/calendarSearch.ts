import type { BusinessCalendar } from '../calendars/BusinessCalendar.ts';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import type { BusinessDayPredicate } from './calendarPredicate.ts';
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from './civil.ts';
import { dateOutOfRange, formatDayNumber } from './dateResult.ts';

/**
 * How many days a search for a business day looks at before it gives up: ten years and a little more,
 * far beyond any real closure, yet a calendar with no business day at all fails in well under a millisecond.
 *
 * @internal
 */
export const BUSINESS_DAY_SEARCH_LIMIT = 3660;

/**
 * The first business day strictly after (`step` 1) or strictly before (`step` -1) a day number. Throws
 * `NO_BUSINESS_DAY` after {@link BUSINESS_DAY_SEARCH_LIMIT} days without one, and `DATE_OUT_OF_RANGE`
 * when the search reaches the end of the years 0001–9999 first.
 *
 * @internal
 */
export function findBusinessDay(
  calendar: BusinessCalendar,
  isBusinessDay: BusinessDayPredicate,
  from: number,
  step: 1 | -1,
  api: string,
): number {
  const direction = step > 0 ? 'after' : 'before';
  for (let offset = 1; offset <= BUSINESS_DAY_SEARCH_LIMIT; offset++) {
    const dayNumber = from + step * offset;
    if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
      throw dateOutOfRange(
        api,
        `a business day of calendar ${describeValue(calendar.name)} ${direction} ${formatDayNumber(from)}`,
      );
    }
    if (isBusinessDay(dayNumber)) return dayNumber;
  }
  const date = formatDayNumber(from);
  throw new ReceivablesError(
    'NO_BUSINESS_DAY',
    `${api}: calendar ${describeValue(calendar.name)} has no business day in the ${BUSINESS_DAY_SEARCH_LIMIT} days ${direction} ${date}`,
    { details: { calendar: calendar.name, date, direction, searchedDays: BUSINESS_DAY_SEARCH_LIMIT } },
  );
}
