import { addYears, type IsoDate, toDayNumber } from '@receivables/core';

/**
 * The number of started calendar years from `date` to `asOf`: the smallest `k ≥ 0` with
 * `asOf ≤ addYears(date, k)` (so 0 for a date on or after `asOf`, 1 up to and including the same day a
 * year later). `addYears` keeps the calendar's rules (29 February → 28 February), and only `k` and
 * `k + 1` can be the answer, where `k` is the difference of the calendar years.
 *
 * @internal
 */
export function agedBalancesStartedYears(
  date: IsoDate,
  dateDay: number,
  asOf: IsoDate,
  asOfDay: number,
): number {
  if (dateDay >= asOfDay) return 0;
  const years = Number(asOf.slice(0, 4)) - Number(date.slice(0, 4));
  return asOfDay <= toDayNumber(addYears(date, years)) ? years : years + 1;
}
