import { readDate } from '../_internals/dateArguments.ts';
import { isoWeekdayOf } from '../_internals/dateWeekday.ts';
import type { IsoDate } from './IsoDate.ts';
import type { IsoWeekday } from './IsoWeekday.ts';

/**
 * Gives the ISO weekday of a date: Monday 1 … Sunday 7 (unlike `Date#getDay`, where Sunday is 0).
 *
 * @param date - An ISO calendar date.
 * @returns The weekday, 1 (Monday) to 7 (Sunday).
 * @throws {ReceivablesError} `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { dayOfWeek } from '@receivables/core';
 *
 * console.log(dayOfWeek('2026-11-23'), dayOfWeek('2026-11-22')); // 1 7
 * ```
 */
export function dayOfWeek(date: IsoDate): IsoWeekday {
  return isoWeekdayOf(readDate(date, 'dayOfWeek', 'date'));
}
