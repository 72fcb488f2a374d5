import { civilFromDayNumber, daysInCivilMonth, formatCivil } from '../_internals/civil.ts';
import { readDate } from '../_internals/dateArguments.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Gives the last day of the month a date falls in, leap years included.
 *
 * @param date - An ISO calendar date.
 * @returns The date of the month's last day (28, 29, 30 or 31).
 * @throws {ReceivablesError} `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { endOfMonth } from '@receivables/core';
 *
 * console.log(endOfMonth('2028-02-10')); // 2028-02-29
 * console.log(endOfMonth('1900-02-10')); // 1900-02-28
 * ```
 */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = civilFromDayNumber(readDate(date, 'endOfMonth', 'date'));
  return formatCivil(year, month, daysInCivilMonth(year, month));
}
