import { civilFromDayNumber } from '../_internals/civil.ts';
import { writeDate } from '../_internals/dateResult.ts';
import { timeZoneDayFormatter } from '../_internals/dateTimeZoneFormatter.ts';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import type { IsoDate } from './IsoDate.ts';

/** Options of {@link toCalendarDate}. */
export interface ToCalendarDateOptions {
  /** The IANA time zone whose calendar is read, e.g. `Asia/Shanghai`; there is deliberately no default. */
  readonly timeZone: string;
}

const MS_PER_DAY = 86_400_000;

/**
 * Gives the calendar date an instant falls on in an explicit time zone: the one place where a
 * JavaScript `Date` becomes an {@link IsoDate}. The machine's own time zone plays no part.
 *
 * @param instant - A valid `Date`, read as an instant in time.
 * @param options - The IANA time zone to read the calendar in.
 * @returns The ISO date of that instant on the wall calendars of `options.timeZone`.
 * @throws {ReceivablesError} `INVALID_DATE` when `instant` is not a `Date` or is an invalid one;
 *   `INVALID_ARGUMENT` when the time zone is missing or unknown; `DATE_OUT_OF_RANGE` when the date falls
 *   outside the years 0001–9999.
 *
 * @example
 * ```ts
 * import { toCalendarDate } from '@receivables/core';
 *
 * const instant = new Date('2026-11-21T20:00:00Z');
 * console.log(toCalendarDate(instant, { timeZone: 'Asia/Shanghai' })); // 2026-11-22
 * console.log(toCalendarDate(instant, { timeZone: 'America/New_York' })); // 2026-11-21
 * ```
 */
export function toCalendarDate(instant: Date, options: ToCalendarDateOptions): IsoDate {
  const time = timeOf(instant);
  const formatter = timeZoneDayFormatter(options?.timeZone, 'toCalendarDate');
  let month = 0;
  let day = 0;
  for (const part of formatter.formatToParts(time)) {
    if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  // Every zone's offset is under a day, so the local date is the UTC date or a neighbour, and month and
  // day tell which. The year is never read: Intl writes years before 0001 with an era, not a sign.
  const utcDay = Math.floor(time / MS_PER_DAY);
  for (let dayNumber = utcDay - 1; dayNumber <= utcDay + 1; dayNumber++) {
    const civil = civilFromDayNumber(dayNumber);
    if (civil.month === month && civil.day === day) {
      return writeDate(
        dayNumber,
        'toCalendarDate',
        () => `the date of ${new Date(time).toISOString()} in ${describeValue(options.timeZone)}`,
      );
    }
  }
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `toCalendarDate: time zone ${describeValue(options.timeZone)} gave month ${month} day ${day} for ${new Date(time).toISOString()}, not within a day of it`,
    { details: { timeZone: options.timeZone, month, day } },
  );
}

/** The instant's milliseconds since 1970, accepting `Date`s from any realm (where `instanceof` fails). */
function timeOf(instant: unknown): number {
  let time: number;
  try {
    time = Date.prototype.getTime.call(instant as Date);
  } catch {
    throw new ReceivablesError(
      'INVALID_DATE',
      `toCalendarDate: instant is ${describeValue(instant)}, not a Date`,
      { details: { value: describeValue(instant) } },
    );
  }
  if (Number.isNaN(time)) {
    throw new ReceivablesError(
      'INVALID_DATE',
      'toCalendarDate: instant is an Invalid Date (its time is NaN)',
      {
        details: { value: 'Invalid Date' },
      },
    );
  }
  return time;
}
