import { readDate } from '../_internals/dateArguments.ts';
import { signedFullMonths } from '../_internals/dateMonths.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Counts the whole calendar months elapsed between two dates, consistently with {@link addMonths}.
 *
 * The rule: counting forward from the earlier date, the result is the largest `n` for which
 * `addMonths(earlier, n)` is not after the later date. Because `addMonths` clamps to the end of the
 * month, 2026-01-31 to 2026-02-28 is one full month. The count always starts from the earlier of the two
 * dates, so swapping the arguments only flips the sign.
 *
 * @param later - The ISO date counted to.
 * @param earlier - The ISO date counted from.
 * @returns The whole months elapsed, negative when `later` is before `earlier`.
 * @throws {ReceivablesError} `INVALID_DATE` when either argument is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { differenceInFullMonths } from '@receivables/core';
 *
 * console.log(differenceInFullMonths('2026-03-14', '2026-01-15')); // 1
 * console.log(differenceInFullMonths('2026-03-15', '2026-01-15')); // 2
 * console.log(differenceInFullMonths('2026-02-28', '2026-01-31')); // 1
 * console.log(differenceInFullMonths('2026-01-15', '2026-03-15')); // -2
 * ```
 */
export function differenceInFullMonths(later: IsoDate, earlier: IsoDate): number {
  return signedFullMonths(
    readDate(later, 'differenceInFullMonths', 'later'),
    readDate(earlier, 'differenceInFullMonths', 'earlier'),
  );
}
