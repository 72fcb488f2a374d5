import type { IsoDate } from '../dates/IsoDate.ts';
import { type Civil, civilFromDayNumber, daysInCivilMonth, formatCivil } from './civil.ts';
import { dateOutOfRange } from './dateResult.ts';

/**
 * Moves the date of `dayNumber` by whole months, keeping its day of the month but clamping it to the
 * last day of a shorter month (January 31 plus one month is February 28 or 29), and formats the result.
 * Throws `DATE_OUT_OF_RANGE`, naming the lazily described operation, outside the years 0001–9999.
 *
 * @internal
 */
export function writeMonthShift(
  dayNumber: number,
  months: number,
  api: string,
  describeOperation: () => string,
): IsoDate {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  if (!(targetYear >= 1 && targetYear <= 9999)) throw dateOutOfRange(api, describeOperation());
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatCivil(targetYear, targetMonth, Math.min(day, daysInCivilMonth(targetYear, targetMonth)));
}

/**
 * Whole calendar months elapsed between two day numbers, counted forward from the earlier one with the
 * clamping of {@link writeMonthShift}, and negative when `later` is before `earlier`. Counting from
 * the earlier date whichever way round the arguments come makes swapping them flip only the sign.
 *
 * @internal
 */
export function signedFullMonths(later: number, earlier: number): number {
  // `0 - n`, not `-n`: when no month is full, `-n` would return a negative zero.
  return later < earlier ? 0 - fullMonthsForward(later, earlier) : fullMonthsForward(earlier, later);
}

function fullMonthsForward(startDayNumber: number, endDayNumber: number): number {
  const start: Civil = civilFromDayNumber(startDayNumber);
  const end: Civil = civilFromDayNumber(endDayNumber);
  const months = (end.year - start.year) * 12 + (end.month - start.month);
  // Moving `start` by `months` lands in end's month on this day; past end's day, the last month is not yet full.
  const landingDay = Math.min(start.day, daysInCivilMonth(end.year, end.month));
  return landingDay > end.day ? months - 1 : months;
}
