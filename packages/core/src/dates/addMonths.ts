import { readDate, readInteger } from '../_internals/dateArguments.ts';
import { writeMonthShift } from '../_internals/dateMonths.ts';
import { describeShift } from '../_internals/dateResult.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Adds whole calendar months to a date, keeping the day of the month; when the target month is
 * shorter, the result is its last day (end-of-month clamping), so the result never spills into the
 * following month.
 *
 * @param date - An ISO calendar date.
 * @param months - Whole months to add, positive or negative.
 * @returns The same day `months` months later (earlier when negative), clamped to the month's end.
 * @throws {ReceivablesError} `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date;
 *   `INVALID_ARGUMENT` when `months` is not an integer; `DATE_OUT_OF_RANGE` when the result leaves
 *   the years 0001–9999.
 *
 * @example
 * ```ts
 * import { addMonths } from '@receivables/core';
 *
 * console.log(addMonths('2026-01-31', 1)); // 2026-02-28
 * console.log(addMonths('2028-01-31', 1)); // 2028-02-29
 * console.log(addMonths('2026-03-31', -1)); // 2026-02-28
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const start = readDate(date, 'addMonths', 'date');
  const count = readInteger(months, 'addMonths', 'months');
  return writeMonthShift(start, count, 'addMonths', () => describeShift(date, count, 'month'));
}
