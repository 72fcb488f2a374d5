import { type BusinessCalendar, fromDayNumber, ReceivablesError, toDayNumber } from '@receivables/core';

/** Business-day questions on integer day numbers, memoized: the planner asks about the same days often. @internal */
export interface PlannerDays {
  isBusiness(day: number): boolean;
  /**
   * The day itself when worked, else the nearest worked day in `direction`. A search that leaves the
   * years 0001–9999 stops there and returns that day outside them, which no window contains.
   */
  shift(day: number, direction: 'forward' | 'backward'): number;
}

/** Twenty years without a working day means the calendar is broken, not that the search should go on. */
const SEARCH_LIMIT = 7305;

/** The first and last days a calendar can be asked about: 0001-01-01 and 9999-12-31. */
const FIRST_DAY = toDayNumber('0001-01-01');
const LAST_DAY = toDayNumber('9999-12-31');

/**
 * Wraps a calendar for the planner.
 *
 * @internal
 */
export function plannerDays(calendar: BusinessCalendar, api: string): PlannerDays {
  const memo = new Map<number, boolean>();
  const isBusiness = (day: number): boolean => {
    let worked = memo.get(day);
    if (worked === undefined) {
      worked = calendar.isBusinessDay(fromDayNumber(day));
      memo.set(day, worked);
    }
    return worked;
  };
  const shift = (day: number, direction: 'forward' | 'backward'): number => {
    const step = direction === 'forward' ? 1 : -1;
    for (let probe = day, tries = 0; tries <= SEARCH_LIMIT; probe += step, tries += 1) {
      if (probe < FIRST_DAY || probe > LAST_DAY || isBusiness(probe)) return probe;
    }
    throw new ReceivablesError(
      'NO_BUSINESS_DAY',
      `${api}: calendar ${calendar.name} has no working day within ${SEARCH_LIMIT} days ${direction === 'forward' ? 'after' : 'before'} ${fromDayNumber(day)}`,
      { details: { calendar: calendar.name, date: fromDayNumber(day), direction } },
    );
  };
  return { isBusiness, shift };
}
