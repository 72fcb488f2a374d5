import * as dateFns from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../addDays.ts';
import { addMonths } from '../addMonths.ts';
import { addYears } from '../addYears.ts';
import { dayOfWeek } from '../dayOfWeek.ts';
import { differenceInDays } from '../differenceInDays.ts';
import type { IsoDate } from '../IsoDate.ts';
import { dayOffsets, isoDates } from './dateArbitraries.ts';

/**
 * date-fns computes in the machine's local time. Noon on a local calendar day keeps date-only
 * arithmetic clear of midnight, but a few zones skipped or repeated whole days (Pacific/Kiritimati has
 * no 1994-12-31): such a date has no local noon, so the comparison skips it (`undefined`).
 * Years from 1000 keep `new Date(y, …)` from reading two-digit years as 19yy.
 */
function localNoon(date: IsoDate): Date | undefined {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const local = new Date(year, month - 1, day, 12);
  const exists = local.getFullYear() === year && local.getMonth() === month - 1 && local.getDate() === day;
  return exists ? local : undefined;
}

function isoOfLocal(local: Date): IsoDate {
  const month = String(local.getMonth() + 1).padStart(2, '0');
  const day = String(local.getDate()).padStart(2, '0');
  return `${String(local.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

/** Runs `check` with the local noon of every date, or skips the case when one has none. */
function withLocalNoons(dates: readonly IsoDate[], check: (locals: Date[]) => void): void {
  const locals = dates.map(localNoon);
  fc.pre(locals.every((local) => local !== undefined));
  check(locals as Date[]);
}

const dates = isoDates('1000-01-01', '9899-12-31');

describe('agreement with date-fns, an independent implementation', () => {
  it('uses the same local calendar in this time zone for the dates the examples use', () => {
    expect(isoOfLocal(localNoon('2026-11-22') as Date)).toBe('2026-11-22');
    expect(dateFns.getISODay(localNoon('2026-11-22') as Date)).toBe(7);
  });

  describe('properties', () => {
    it('addDays agrees with date-fns addDays', () => {
      fc.assert(
        fc.property(dates, dayOffsets(30_000), (date, days) => {
          const expected = addDays(date, days);
          withLocalNoons([date, expected], ([local]) => {
            expect(isoOfLocal(dateFns.addDays(local as Date, days))).toBe(expected);
          });
        }),
      );
    });

    it('addMonths agrees with date-fns addMonths, end-of-month clamping included', () => {
      fc.assert(
        fc.property(dates, fc.integer({ min: -1000, max: 1000 }), (date, months) => {
          const expected = addMonths(date, months);
          withLocalNoons([date, expected], ([local]) => {
            expect(isoOfLocal(dateFns.addMonths(local as Date, months))).toBe(expected);
          });
        }),
      );
    });

    it('addYears agrees with date-fns addYears, February 29 included', () => {
      fc.assert(
        fc.property(dates, fc.integer({ min: -80, max: 80 }), (date, years) => {
          const expected = addYears(date, years);
          withLocalNoons([date, expected], ([local]) => {
            expect(isoOfLocal(dateFns.addYears(local as Date, years))).toBe(expected);
          });
        }),
      );
    });

    it('differenceInDays agrees with date-fns differenceInCalendarDays', () => {
      fc.assert(
        fc.property(dates, dates, (later, earlier) => {
          withLocalNoons([later, earlier], ([localLater, localEarlier]) => {
            expect(differenceInDays(later, earlier)).toBe(
              dateFns.differenceInCalendarDays(localLater as Date, localEarlier as Date),
            );
          });
        }),
      );
    });

    it('dayOfWeek agrees with date-fns getISODay', () => {
      fc.assert(
        fc.property(dates, (date) => {
          withLocalNoons([date], ([local]) => {
            expect(dayOfWeek(date)).toBe(dateFns.getISODay(local as Date));
          });
        }),
      );
    });
  });
});
