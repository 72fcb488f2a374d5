import { readDate, readInteger } from '../_internals/dateArguments.ts';
import { describeShift, writeDate } from '../_internals/dateResult.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Adds a whole number of calendar days to a date; negative `days` go back.
 *
 * @param date - An ISO calendar date.
 * @param days - Whole days to add, positive or negative.
 * @returns The date `days` days later (earlier when negative).
 * @throws {ReceivablesError} `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date;
 *   `INVALID_ARGUMENT` when `days` is not an integer; `DATE_OUT_OF_RANGE` when the result leaves the
 *   years 0001–9999.
 *
 * @example
 * ```ts
 * import { addDays } from '@receivables/core';
 *
 * console.log(addDays('2028-02-28', 1)); // 2028-02-29
 * console.log(addDays('2026-03-01', -1)); // 2026-02-28
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const start = readDate(date, 'addDays', 'date');
  const count = readInteger(days, 'addDays', 'days');
  return writeDate(start + count, 'addDays', () => describeShift(date, count, 'day'));
}
