import fc from 'fast-check';
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from '../../_internals/civil.ts';
import { fromDayNumber } from '../fromDayNumber.ts';
import type { IsoDate } from '../IsoDate.ts';
import { toDayNumber } from '../toDayNumber.ts';

/**
 * Day numbers of dates from `from` to `to` (default: the whole supported range, 0001-01-01 to
 * 9999-12-31). fast-check favours the bounds and small values, so the range ends and 1970-01-01 come up often.
 */
export function dayNumbers(from: IsoDate = '0001-01-01', to: IsoDate = '9999-12-31'): fc.Arbitrary<number> {
  return fc.integer({
    min: Math.max(MIN_DAY_NUMBER, toDayNumber(from)),
    max: Math.min(MAX_DAY_NUMBER, toDayNumber(to)),
  });
}

/** ISO dates from `from` to `to`, drawn as day numbers so that every day is equally reachable. */
export function isoDates(from?: IsoDate, to?: IsoDate): fc.Arbitrary<IsoDate> {
  return dayNumbers(from, to).map(fromDayNumber);
}

/** Whole-day offsets within ±`bound`. */
export function dayOffsets(bound: number): fc.Arbitrary<number> {
  return fc.integer({ min: -bound, max: bound });
}
