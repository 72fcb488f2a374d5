import { readDate } from '../_internals/dateArguments.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Compares two dates in calendar order, in the form `Array#sort` expects.
 *
 * @param a - An ISO calendar date.
 * @param b - Another ISO calendar date.
 * @returns `-1` when `a` is before `b`, `0` when they are the same day, `1` when `a` is after `b`.
 * @throws {ReceivablesError} `INVALID_DATE` when either argument is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { compareDates } from '@receivables/core';
 *
 * console.log(compareDates('2026-01-31', '2026-02-01'), compareDates('2026-02-01', '2026-02-01')); // -1 0
 * console.log(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareDates)); // ["2025-12-31","2026-01-15","2026-03-01"]
 * ```
 */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const first = readDate(a, 'compareDates', 'a');
  const second = readDate(b, 'compareDates', 'b');
  if (first < second) return -1;
  return first > second ? 1 : 0;
}
