import { compileBusinessCalendar } from '../_internals/calendarCompile.ts';
import { throwValidationError } from '../errors/throwValidationError.ts';
import { toValidationIssues } from '../errors/toValidationIssues.ts';
import type { BusinessCalendar } from './BusinessCalendar.ts';
import type { BusinessCalendarDefinition } from './BusinessCalendarDefinition.ts';
import { BusinessCalendarDefinitionSchema } from './BusinessCalendarDefinitionSchema.ts';

/**
 * Builds a business calendar from its definition as data. The definition is checked first and every
 * problem reported at once; the calendar is then compiled so that each question is answered in constant
 * time. The rule: a listed workday is a business day; else a holiday is not; else a weekend day is not;
 * else it is.
 *
 * @param definition - Name, weekend days, holidays and make-up workdays; see {@link BusinessCalendarDefinition}.
 * @returns A frozen {@link BusinessCalendar}.
 * @throws {ReceivablesError} `INVALID_CALENDAR` when the definition is malformed; `details.issues` lists
 *   every problem with its path (unknown keys, weekend days outside 1–7 or repeated, dates that do not
 *   exist, a date that is both a holiday and a workday).
 *
 * @example
 * ```ts
 * import { createBusinessCalendar, isBusinessDay } from '@receivables/core';
 *
 * // Example data: part of China's 2025 National Day closure and its make-up workdays.
 * const calendar = createBusinessCalendar({
 *   name: 'CN 2025 (example)',
 *   holidays: ['2025-10-01', '2025-10-02', '2025-10-03'],
 *   workdays: ['2025-09-28', '2025-10-11'],
 * });
 * console.log(isBusinessDay(calendar, '2025-09-28'), isBusinessDay(calendar, '2025-10-01')); // true false
 * ```
 */
export function createBusinessCalendar(definition: BusinessCalendarDefinition): BusinessCalendar {
  const result = BusinessCalendarDefinitionSchema.safeParse(definition, { reportInput: true });
  if (!result.success) {
    throwValidationError(
      'INVALID_CALENDAR',
      'createBusinessCalendar',
      toValidationIssues(result.error.issues),
    );
  }
  const { name = 'unnamed calendar', weekend = [6, 7], holidays = [], workdays = [] } = result.data;
  return compileBusinessCalendar({ name, weekend, holidays, workdays });
}
