import * as z from 'zod';
import { recordTextSchema } from '../_internals/recordTextSchema.ts';
import { addValidationIssue } from '../errors/addValidationIssue.ts';
import { describeValue } from '../errors/describeValue.ts';
import { IsoDateSchema } from '../records/IsoDateSchema.ts';
import type { BusinessCalendarDefinition } from './BusinessCalendarDefinition.ts';

const NOT_A_WEEKDAY = 'is not an ISO weekday: use 1 (Monday) to 7 (Sunday)';

// An integer check by `multipleOf`, not `z.int()`: zod's integer check aborts the refinements above it,
// which would hide duplicate weekdays and holiday/workday clashes from the same report.
const weekdaySchema = z
  .number({ error: NOT_A_WEEKDAY })
  .multipleOf(1, { error: NOT_A_WEEKDAY })
  .min(1, { error: NOT_A_WEEKDAY })
  .max(7, { error: NOT_A_WEEKDAY })
  .meta({ type: 'integer' });

/** Cross-checks also run when some entries are malformed, so that one pass reports every problem. */
const EVEN_WITH_OTHER_ISSUES = { when: (): boolean => true };

/**
 * The zod schema of a {@link BusinessCalendarDefinition}. It reports every problem at once, each at its
 * path: unknown keys, a blank name, weekend entries outside 1–7 or listed twice (`duplicate_weekday`),
 * dates that do not exist (`invalid_date`), and dates listed both as a holiday and as a workday
 * (`holiday_and_workday`). {@link createBusinessCalendar} applies it for you; use it directly to check a
 * calendar file without building the calendar.
 *
 * @example
 * ```ts
 * import { BusinessCalendarDefinitionSchema, toValidationIssues } from '@receivables/core';
 *
 * const result = BusinessCalendarDefinitionSchema.safeParse({
 *   weekend: [6, 7, 7],
 *   holidays: ['2025-10-01'],
 *   workdays: ['2025-10-01'],
 * });
 * const issues = result.success ? [] : toValidationIssues(result.error.issues);
 * console.log(issues.map((issue) => `${issue.pathText} ${issue.code}`)); // ["weekend[2] duplicate_weekday","workdays[0] holiday_and_workday"]
 * ```
 */
export const BusinessCalendarDefinitionSchema: z.ZodType<
  BusinessCalendarDefinition,
  BusinessCalendarDefinition
> = z
  .strictObject({
    $schema: z.string().meta({ description: 'The JSON Schema this file follows; ignored.' }).optional(),
    name: recordTextSchema.meta({ description: 'Names the calendar in error messages.' }).optional(),
    weekend: z
      .array(weekdaySchema)
      .superRefine(reportDuplicateWeekdays, EVEN_WITH_OTHER_ISSUES)
      .meta({
        description: 'ISO weekdays that are not worked: Monday 1 … Sunday 7.',
        default: [6, 7],
      })
      .optional(),
    holidays: z
      .array(IsoDateSchema)
      .meta({ description: 'Dates that are not worked although their weekday is.', default: [] })
      .optional(),
    workdays: z
      .array(IsoDateSchema)
      .meta({ description: 'Dates that are worked although they fall on the weekend (调休).', default: [] })
      .optional(),
  })
  .superRefine(reportHolidaysThatAreWorkdays, EVEN_WITH_OTHER_ISSUES)
  .meta({ title: 'BusinessCalendarDefinition', description: 'A business calendar as data.' });

function reportDuplicateWeekdays(weekend: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  // Runs on raw input too (see EVEN_WITH_OTHER_ISSUES), so the list may be anything.
  if (!Array.isArray(weekend)) return;
  const firstIndex = new Map<unknown, number>();
  weekend.forEach((day: unknown, index) => {
    const first = firstIndex.get(day);
    if (first === undefined) firstIndex.set(day, index);
    else
      addValidationIssue(
        ctx,
        'duplicate_weekday',
        `${describeValue(day)} is listed twice (first at weekend[${first}])`,
        day,
        [index],
      );
  });
}

function reportHolidaysThatAreWorkdays(definition: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  // Runs on raw input too (see EVEN_WITH_OTHER_ISSUES), so nothing about its shape can be assumed.
  const { holidays, workdays } = (
    typeof definition === 'object' && definition !== null ? definition : {}
  ) as {
    holidays?: unknown;
    workdays?: unknown;
  };
  if (!Array.isArray(holidays) || !Array.isArray(workdays)) return;
  const holidayIndex = new Map<unknown, number>();
  holidays.forEach((date: unknown, index) => {
    if (typeof date === 'string' && !holidayIndex.has(date)) holidayIndex.set(date, index);
  });
  workdays.forEach((date: unknown, index) => {
    const asHoliday = holidayIndex.get(date);
    if (asHoliday === undefined) return;
    const message = `${describeValue(date)} is listed both as a holiday (holidays[${asHoliday}]) and as a workday; keep it in one list`;
    addValidationIssue(ctx, 'holiday_and_workday', message, date, ['workdays', index]);
  });
}
