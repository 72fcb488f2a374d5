import { readDate } from '../_internals/dateArguments.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Tells whether a date is strictly after another.
 *
 * @param date - The ISO date to test.
 * @param other - The ISO date to compare with.
 * @returns `true` when `date` is a later day than `other`; `false` on the same day.
 * @throws {ReceivablesError} `INVALID_DATE` when either argument is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { isAfter } from '@receivables/core';
 *
 * console.log(isAfter('2026-02-01', '2026-01-31'), isAfter('2026-02-01', '2026-02-01')); // true false
 * ```
 */
export function isAfter(date: IsoDate, other: IsoDate): boolean {
  return readDate(date, 'isAfter', 'date') > readDate(other, 'isAfter', 'other');
}
