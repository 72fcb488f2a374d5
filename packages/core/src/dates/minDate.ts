import { pickExtremeDate } from '../_internals/dateExtreme.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Finds the earliest of a list of dates.
 *
 * @param dates - ISO calendar dates; at least one.
 * @returns The earliest date of the list.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when the list is empty or not an array;
 *   `INVALID_DATE` when an entry is not a real `YYYY-MM-DD` date (the message names its index).
 *
 * @example
 * ```ts
 * import { minDate } from '@receivables/core';
 *
 * console.log(minDate(['2026-03-01', '2025-12-31', '2026-01-15'])); // 2025-12-31
 * ```
 */
export function minDate(dates: readonly IsoDate[]): IsoDate {
  return pickExtremeDate(dates, 'minDate', 'earliest');
}
