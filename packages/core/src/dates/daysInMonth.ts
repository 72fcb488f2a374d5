import { civilFromDayNumber, daysInCivilMonth } from '../_internals/civil.ts';
import { readDate } from '../_internals/dateArguments.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Counts the days of the month a date falls in, by the Gregorian leap-year rule (every 4th year, except
 * centuries not divisible by 400: 1900 is not a leap year, 2000 is).
 *
 * @param date - An ISO calendar date.
 * @returns 28, 29, 30 or 31.
 * @throws {ReceivablesError} `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { daysInMonth } from '@receivables/core';
 *
 * console.log(daysInMonth('2024-02-01'), daysInMonth('1900-02-01'), daysInMonth('2000-02-01')); // 29 28 29
 * ```
 */
export function daysInMonth(date: IsoDate): number {
  const { year, month } = civilFromDayNumber(readDate(date, 'daysInMonth', 'date'));
  return daysInCivilMonth(year, month);
}
