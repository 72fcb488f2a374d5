import { readDate } from '../_internals/dateArguments.ts';
import { signedFullMonths } from '../_internals/dateMonths.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Counts the whole calendar years elapsed between two dates, consistently with {@link addYears}.
 *
 * The rule: counting forward from the earlier date, the result is the largest `n` for which
 * `addYears(earlier, n)` is not after the later date. Because `addYears` turns February 29 into
 * February 28, 2024-02-29 to 2025-02-28 is one full year. The count always starts from the earlier of the
 * two dates, so swapping the arguments only flips the sign. It equals the full months divided by 12,
 * rounded toward zero.
 *
 * @param later - The ISO date counted to.
 * @param earlier - The ISO date counted from.
 * @returns The whole years elapsed, negative when `later` is before `earlier`.
 * @throws {ReceivablesError} `INVALID_DATE` when either argument is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { differenceInFullYears } from '@receivables/core';
 *
 * console.log(differenceInFullYears('2027-02-28', '2026-02-28')); // 1
 * console.log(differenceInFullYears('2025-02-28', '2024-02-29')); // 1
 * console.log(differenceInFullYears('2027-02-27', '2026-02-28')); // 0
 * ```
 */
export function differenceInFullYears(later: IsoDate, earlier: IsoDate): number {
  const months = signedFullMonths(
    readDate(later, 'differenceInFullYears', 'later'),
    readDate(earlier, 'differenceInFullYears', 'earlier'),
  );
  // Whole years within whole months, rounded toward zero without producing a negative zero.
  return months < 0 ? 0 - Math.floor(-months / 12) : Math.floor(months / 12);
}
