import type { BusinessCalendar } from '../calendars/BusinessCalendar.ts';
import type { IsoDate } from '../dates/IsoDate.ts';
import { dayNumberOf } from '../dates/parseIsoDate.ts';
import { registerBusinessDayPredicate } from './calendarPredicate.ts';
import { readDate } from './dateArguments.ts';
import { isoWeekdayOf } from './dateWeekday.ts';

/** A validated business-calendar definition with its defaults filled in. @internal */
export interface CompleteCalendarDefinition {
  readonly name: string;
  readonly weekend: readonly number[];
  readonly holidays: readonly IsoDate[];
  readonly workdays: readonly IsoDate[];
}

/**
 * Builds a frozen calendar from a validated definition, with its dates turned into sets of day numbers
 * so that each question costs two set lookups. The rule: a listed workday is a business day; else a
 * holiday is not; else a weekend day is not; else it is.
 *
 * @internal
 */
export function compileBusinessCalendar(definition: CompleteCalendarDefinition): BusinessCalendar {
  const weekend = new Set(definition.weekend);
  const holidays = new Set(definition.holidays.map((date) => dayNumberOf(date)));
  const workdays = new Set(definition.workdays.map((date) => dayNumberOf(date)));
  const isBusinessDayNumber = (dayNumber: number): boolean =>
    workdays.has(dayNumber) || !(holidays.has(dayNumber) || weekend.has(isoWeekdayOf(dayNumber)));
  const calendar: BusinessCalendar = Object.freeze({
    name: definition.name,
    isBusinessDay: (date: IsoDate): boolean => isBusinessDayNumber(readDate(date, 'isBusinessDay', 'date')),
  });
  registerBusinessDayPredicate(calendar, isBusinessDayNumber);
  return calendar;
}
