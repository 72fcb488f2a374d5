import { readDate } from '../_internals/dateArguments.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Tells whether a date is strictly before another.
 *
 * @param date - The ISO date to test.
 * @param other - The ISO date to compare with.
 * @returns `true` when `date` is an earlier day than `other`; `false` on the same day.
 * @throws {ReceivablesError} `INVALID_DATE` when either argument is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { isBefore } from '@receivables/core';
 *
 * console.log(isBefore('2026-01-31', '2026-02-01'), isBefore('2026-02-01', '2026-02-01')); // true false
 * ```
 */
export function isBefore(date: IsoDate, other: IsoDate): boolean {
  return readDate(date, 'isBefore', 'date') < readDate(other, 'isBefore', 'other');
}
