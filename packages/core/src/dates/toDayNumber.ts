import type { IsoDate } from './IsoDate.ts';
import { dayNumberOf } from './parseIsoDate.ts';

/**
 * Converts a calendar date to its day number: whole days since 1970-01-01 (negative before it).
 * Day numbers make date arithmetic plain integer arithmetic, with no time zone anywhere.
 *
 * @param date - An ISO calendar date.
 * @returns The day number; `toDayNumber('1970-01-02')` is 1.
 * @throws {ReceivablesError} `INVALID_DATE` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { toDayNumber } from '@receivables/core';
 *
 * console.log(toDayNumber('2026-01-01') - toDayNumber('2025-01-01')); // 365
 * ```
 */
export function toDayNumber(date: IsoDate): number {
  return dayNumberOf(date);
}
