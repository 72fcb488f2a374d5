import { civilFromDayNumber, formatCivil } from '../_internals/civil.ts';
import { readDate } from '../_internals/dateArguments.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Gives the first day of the month a date falls in.
 *
 * @param date - An ISO calendar date.
 * @returns The date of day 01 of the same month.
 * @throws {ReceivablesError} `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { startOfMonth } from '@receivables/core';
 *
 * console.log(startOfMonth('2026-02-17')); // 2026-02-01
 * ```
 */
export function startOfMonth(date: IsoDate): IsoDate {
  const { year, month } = civilFromDayNumber(readDate(date, 'startOfMonth', 'date'));
  return formatCivil(year, month, 1);
}
