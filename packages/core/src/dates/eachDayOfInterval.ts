import { civilFromDayNumber, formatCivil } from '../_internals/civil.ts';
import { readDate } from '../_internals/dateArguments.ts';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Lists every calendar day from `start` to `end`, both included.
 *
 * @param start - The first ISO date of the interval.
 * @param end - The last ISO date of the interval; not before `start`.
 * @returns The dates in order; one date when `start` equals `end`.
 * @throws {ReceivablesError} `INVALID_DATE` when either argument is not a real `YYYY-MM-DD` date;
 *   `INVALID_ARGUMENT` when `end` is before `start`.
 *
 * @example
 * ```ts
 * import { eachDayOfInterval } from '@receivables/core';
 *
 * console.log(eachDayOfInterval('2028-02-27', '2028-03-01')); // ["2028-02-27","2028-02-28","2028-02-29","2028-03-01"]
 * ```
 */
export function eachDayOfInterval(start: IsoDate, end: IsoDate): IsoDate[] {
  const first = readDate(start, 'eachDayOfInterval', 'start');
  const last = readDate(end, 'eachDayOfInterval', 'end');
  if (last < first) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `eachDayOfInterval: end ${describeValue(end)} is before start ${describeValue(start)}`,
      { details: { start, end } },
    );
  }
  const days: IsoDate[] = [];
  for (let dayNumber = first; dayNumber <= last; dayNumber++) {
    const { year, month, day } = civilFromDayNumber(dayNumber);
    days.push(formatCivil(year, month, day));
  }
  return days;
}
