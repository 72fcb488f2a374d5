import { fromDayNumber, type IsoDate } from '@receivables/core';
import fc from 'fast-check';
import { dayNumberBounds } from '../_internals/dayNumberBounds.ts';

/** Options of {@link isoDateArbitrary}. */
export interface IsoDateArbitraryOptions {
  /**
   * The earliest date generated.
   * @defaultValue `'2000-01-01'`
   */
  readonly min?: IsoDate;
  /**
   * The latest date generated.
   * @defaultValue `'2035-12-31'`
   */
  readonly max?: IsoDate;
}

/**
 * A fast-check arbitrary of calendar dates between two dates, drawn as whole day numbers so every day
 * (29 February included) is equally possible and failures shrink towards `min`.
 *
 * @param options - The date range, both ends included.
 * @returns An arbitrary of ISO `YYYY-MM-DD` dates.
 * @throws {ReceivablesError} `INVALID_DATE` when `min` or `max` is not a date;
 *   `INVALID_ARGUMENT` when `min` is after `max`.
 *
 * @example
 * ```ts
 * import { isoDateArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const [date] = fc.sample(isoDateArbitrary({ min: '2028-02-29', max: '2028-02-29' }), 1);
 * console.log(date); // 2028-02-29
 * ```
 */
export function isoDateArbitrary(options: IsoDateArbitraryOptions = {}): fc.Arbitrary<IsoDate> {
  const days = dayNumberBounds(
    'isoDateArbitrary',
    ['min', 'max'],
    options.min,
    options.max,
    '2000-01-01',
    '2035-12-31',
  );
  return fc.integer(days).map(fromDayNumber);
}
