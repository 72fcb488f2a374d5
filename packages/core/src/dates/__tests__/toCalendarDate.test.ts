import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { differenceInDays } from '../differenceInDays.ts';
import { fromDayNumber } from '../fromDayNumber.ts';
import { toCalendarDate } from '../toCalendarDate.ts';

const MS_PER_DAY = 86_400_000;
const FIRST_INSTANT = Date.parse('0001-01-01T00:00:00.000Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

describe('toCalendarDate', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads the calendar of the given zone, not the machine', () => {
    const instant = new Date('2026-11-21T20:00:00Z');
    expect(toCalendarDate(instant, { timeZone: 'Asia/Shanghai' })).toBe('2026-11-22');
    expect(toCalendarDate(instant, { timeZone: 'UTC' })).toBe('2026-11-21');
    expect(toCalendarDate(instant, { timeZone: 'America/New_York' })).toBe('2026-11-21');
  });

  it('puts one instant on dates two days apart on either side of the date line', () => {
    const instant = new Date('2026-11-21T10:30:00Z');
    expect(toCalendarDate(instant, { timeZone: 'Pacific/Kiritimati' })).toBe('2026-11-22');
    expect(toCalendarDate(instant, { timeZone: 'Pacific/Pago_Pago' })).toBe('2026-11-20');
  });

  it('turns the date at local midnight, daylight saving included', () => {
    expect(toCalendarDate(new Date('2025-12-31T23:59:59.999Z'), { timeZone: 'UTC' })).toBe('2025-12-31');
    expect(toCalendarDate(new Date('2026-01-01T00:00:00.000Z'), { timeZone: 'UTC' })).toBe('2026-01-01');
    // New York: 23:59 EST on March 7, then 00:59 and 01:59 EST on March 8, the day clocks go forward.
    expect(toCalendarDate(new Date('2026-03-08T04:59:00Z'), { timeZone: 'America/New_York' })).toBe(
      '2026-03-07',
    );
    expect(toCalendarDate(new Date('2026-03-08T05:00:00Z'), { timeZone: 'America/New_York' })).toBe(
      '2026-03-08',
    );
    // 23:30 EDT on July 1 is already July 2 in UTC.
    expect(toCalendarDate(new Date('2026-07-02T03:30:00Z'), { timeZone: 'America/New_York' })).toBe(
      '2026-07-01',
    );
  });

  it('uses the proleptic Gregorian calendar before 1582, like the rest of the suite', () => {
    expect(toCalendarDate(new Date('1500-03-01T12:00:00Z'), { timeZone: 'UTC' })).toBe('1500-03-01');
    expect(toCalendarDate(new Date('0001-01-01T00:00:00Z'), { timeZone: 'UTC' })).toBe('0001-01-01');
    expect(toCalendarDate(new Date('9999-12-31T23:59:59.999Z'), { timeZone: 'UTC' })).toBe('9999-12-31');
  });

  it('refuses dates outside the years 0001–9999', () => {
    const outOfRange = expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' });
    expect(() => toCalendarDate(new Date('0001-01-01T04:00:00Z'), { timeZone: 'America/New_York' })).toThrow(
      outOfRange,
    );
    expect(() => toCalendarDate(new Date('9999-12-31T20:00:00Z'), { timeZone: 'Asia/Shanghai' })).toThrow(
      outOfRange,
    );
    expect(() => toCalendarDate(new Date('-000100-06-01T00:00:00Z'), { timeZone: 'UTC' })).toThrow(
      outOfRange,
    );
    expect(() => toCalendarDate(new Date(8.64e15), { timeZone: 'UTC' })).toThrow(outOfRange);
    expect(() => toCalendarDate(new Date('9999-12-31T20:00:00Z'), { timeZone: 'Asia/Shanghai' })).toThrow(
      'toCalendarDate: the date of 9999-12-31T20:00:00.000Z in "Asia/Shanghai" falls outside the years 0001–9999',
    );
  });

  it('accepts a Date from another realm', () => {
    const foreign = runInNewContext('new Date("2026-11-21T20:00:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(toCalendarDate(foreign, { timeZone: 'Asia/Shanghai' })).toBe('2026-11-22');
  });

  it('refuses an invalid Date or something that is not a Date', () => {
    const invalidDate = expect.objectContaining({ code: 'INVALID_DATE' });
    expect(() => toCalendarDate(new Date('not a date'), { timeZone: 'UTC' })).toThrow(invalidDate);
    expect(() => toCalendarDate(new Date('not a date'), { timeZone: 'UTC' })).toThrow(
      'toCalendarDate: instant is an Invalid Date',
    );
    for (const notADate of ['2026-11-21', 1_763_755_200_000, undefined, {}]) {
      expect(() => toCalendarDate(notADate as never, { timeZone: 'UTC' })).toThrow(invalidDate);
    }
    expect(() => toCalendarDate('2026-11-21' as never, { timeZone: 'UTC' })).toThrow(
      'toCalendarDate: instant is "2026-11-21", not a Date',
    );
  });

  it('refuses a missing or unknown time zone instead of using the machine’s', () => {
    const invalidArgument = expect.objectContaining({ code: 'INVALID_ARGUMENT' });
    const instant = new Date('2026-11-21T20:00:00Z');
    expect(() => toCalendarDate(instant, { timeZone: 'Mars/Olympus_Mons' })).toThrow(invalidArgument);
    expect(() => toCalendarDate(instant, { timeZone: 'Mars/Olympus_Mons' })).toThrow(
      'toCalendarDate: timeZone "Mars/Olympus_Mons" is not a time zone this platform knows',
    );
    expect(() => toCalendarDate(instant, { timeZone: '' })).toThrow(invalidArgument);
    expect(() => toCalendarDate(instant, { timeZone: undefined } as never)).toThrow(invalidArgument);
    expect(() => toCalendarDate(instant, {} as never)).toThrow(invalidArgument);
    expect(() => toCalendarDate(instant, undefined as never)).toThrow(invalidArgument);
    expect(() => toCalendarDate(instant, { timeZone: 8 } as never)).toThrow(
      'toCalendarDate: timeZone 8 is not an IANA time zone name such as "Asia/Shanghai"',
    );
  });

  it('reports a platform whose time-zone data contradicts the instant rather than guessing', () => {
    vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts').mockReturnValue([
      { type: 'month', value: '7' },
      { type: 'literal', value: '/' },
      { type: 'day', value: '4' },
    ]);
    expect(() => toCalendarDate(new Date('2026-11-21T20:00:00Z'), { timeZone: 'UTC' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  describe('properties', () => {
    const instants = fc.integer({ min: FIRST_INSTANT, max: LAST_INSTANT });

    it('in UTC, is the day number of the instant: floor(ms / 86,400,000)', () => {
      fc.assert(
        fc.property(instants, (time) => {
          expect(toCalendarDate(new Date(time), { timeZone: 'UTC' })).toBe(
            fromDayNumber(Math.floor(time / MS_PER_DAY)),
          );
        }),
      );
    });

    it('in a fixed-offset zone, is the UTC date of the instant shifted by the offset', () => {
      const innerInstants = fc.integer({ min: FIRST_INSTANT + MS_PER_DAY, max: LAST_INSTANT - MS_PER_DAY });
      // IANA's Etc/GMT zones have POSIX signs: Etc/GMT-14 is 14 hours ahead of UTC.
      fc.assert(
        fc.property(innerInstants, fc.integer({ min: -12, max: 14 }), (time, hours) => {
          const timeZone = hours === 0 ? 'Etc/GMT' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
          const expected = fromDayNumber(Math.floor((time + hours * 3_600_000) / MS_PER_DAY));
          expect(toCalendarDate(new Date(time), { timeZone })).toBe(expected);
        }),
      );
    });

    it('stays within a day of the UTC date in any real zone', () => {
      const innerInstants = fc.integer({ min: FIRST_INSTANT + MS_PER_DAY, max: LAST_INSTANT - MS_PER_DAY });
      const zones = fc.constantFrom(
        'Asia/Shanghai',
        'Pacific/Kiritimati',
        'Pacific/Pago_Pago',
        'America/New_York',
        'Europe/London',
        'Asia/Kolkata',
        'Australia/Eucla',
      );
      fc.assert(
        fc.property(innerInstants, zones, (time, timeZone) => {
          const local = toCalendarDate(new Date(time), { timeZone });
          const utc = toCalendarDate(new Date(time), { timeZone: 'UTC' });
          expect(Math.abs(differenceInDays(local, utc))).toBeLessThanOrEqual(1);
        }),
      );
    });
  });
});
