import { readDate, readInteger } from '../_internals/dateArguments.ts';
import { writeMonthShift } from '../_internals/dateMonths.ts';
import { describeShift } from '../_internals/dateResult.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Adds whole calendar years to a date: the same month and day, except that February 29 becomes
 * February 28 in a year that is not a leap year. Equal to adding `12 × years` months.
 *
 * @param date - An ISO calendar date.
 * @param years - Whole years to add, positive or negative.
 * @returns The same calendar day `years` years later (earlier when negative), clamped to the month's end.
 * @throws {ReceivablesError} `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date;
 *   `INVALID_ARGUMENT` when `years` is not an integer; `DATE_OUT_OF_RANGE` when the result leaves
 *   the years 0001–9999.
 *
 * @example
 * ```ts
 * import { addYears } from '@receivables/core';
 *
 * console.log(addYears('2028-02-29', 1)); // 2029-02-28
 * console.log(addYears('2026-11-22', -3)); // 2023-11-22
 * ```
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const start = readDate(date, 'addYears', 'date');
  const count = readInteger(years, 'addYears', 'years');
  return writeMonthShift(start, count * 12, 'addYears', () => describeShift(date, count, 'year'));
}
