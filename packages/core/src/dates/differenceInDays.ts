import { readDate } from '../_internals/dateArguments.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Counts the calendar days from `earlier` to `later`: positive when `later` is after `earlier`,
 * negative when before. Dates have no time of day, so there is no rounding and no daylight-saving effect.
 *
 * @param later - The ISO date counted to.
 * @param earlier - The ISO date counted from.
 * @returns The signed number of days, so that `addDays(earlier, result)` is `later`.
 * @throws {ReceivablesError} `INVALID_DATE` when either argument is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { differenceInDays } from '@receivables/core';
 *
 * console.log(differenceInDays('2026-03-01', '2026-02-01')); // 28
 * console.log(differenceInDays('2026-02-01', '2026-03-01')); // -28
 * ```
 */
export function differenceInDays(later: IsoDate, earlier: IsoDate): number {
  return readDate(later, 'differenceInDays', 'later') - readDate(earlier, 'differenceInDays', 'earlier');
}
