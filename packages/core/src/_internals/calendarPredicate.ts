import type { BusinessCalendar } from '../calendars/BusinessCalendar.ts';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import { formatDayNumber } from './dateResult.ts';

/** Tells whether a day number (days since 1970-01-01) is a business day. @internal */
export type BusinessDayPredicate = (dayNumber: number) => boolean;

/**
 * The day-number predicates of calendars built by the suite. Searches ask the calendar about every
 * day; for our own calendars that must not cost a format and a parse per day. A WeakMap rather than a
 * property keeps the public calendar object plain and lets unused calendars be collected.
 */
const compiledPredicates = new WeakMap<object, BusinessDayPredicate>();

/**
 * Records the fast day-number predicate of a calendar built by the suite.
 *
 * @internal
 */
export function registerBusinessDayPredicate(
  calendar: BusinessCalendar,
  predicate: BusinessDayPredicate,
): void {
  compiledPredicates.set(calendar, predicate);
}

/**
 * The day-number predicate of any {@link BusinessCalendar}: the compiled one for calendars built by
 * the suite, otherwise one that asks the calendar's `isBusinessDay` with an ISO date and insists on a
 * boolean answer.
 *
 * @internal
 */
export function businessDayPredicateOf(calendar: unknown, api: string): BusinessDayPredicate {
  if (
    typeof calendar !== 'object' ||
    calendar === null ||
    typeof (calendar as { isBusinessDay?: unknown }).isBusinessDay !== 'function'
  ) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: calendar ${describeValue(calendar)} is not a business calendar: it needs an isBusinessDay(date) method`,
      { details: { field: 'calendar' } },
    );
  }
  const compiled = compiledPredicates.get(calendar);
  if (compiled !== undefined) return compiled;
  const adapter = calendar as BusinessCalendar;
  return (dayNumber) => {
    const date = formatDayNumber(dayNumber);
    const answer: unknown = adapter.isBusinessDay(date);
    if (typeof answer !== 'boolean') {
      throw new ReceivablesError(
        'INVALID_CALENDAR',
        `${api}: calendar ${describeValue(adapter.name)} answered ${describeValue(answer)} for ${date}; isBusinessDay must return true or false`,
        { details: { calendar: adapter.name, date, answer: describeValue(answer) } },
      );
    }
    return answer;
  };
}
