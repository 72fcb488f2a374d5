import type { IsoDate } from '../dates/IsoDate.ts';

/**
 * A business calendar as data, ready to live in a JSON file: which weekdays are the weekend, which
 * dates are public holidays, and which weekend dates are worked anyway (such as the make-up workdays,
 * 调休, that China schedules around long holidays). Validate it with
 * {@link BusinessCalendarDefinitionSchema} and turn it into a calendar with {@link createBusinessCalendar}.
 *
 * A date is a business day when it is listed in `workdays`; otherwise not when it is listed in
 * `holidays`; otherwise not when its weekday is in `weekend`; otherwise it is.
 */
export interface BusinessCalendarDefinition {
  /**
   * Names the calendar in error messages, e.g. `CN mainland 2025`.
   *
   * @defaultValue `'unnamed calendar'`
   */
  readonly name?: string | undefined;
  /** The JSON Schema a calendar file points at, for editors' autocompletion; ignored. */
  readonly $schema?: string | undefined;
  /**
   * The ISO weekdays (Monday 1 … Sunday 7) that are not worked, each at most once; `[]` for none.
   *
   * @defaultValue `[6, 7]` (Saturday and Sunday)
   */
  readonly weekend?: readonly number[] | undefined;
  /**
   * Dates that are not worked although their weekday is, e.g. `2025-10-01`.
   *
   * @defaultValue `[]`
   */
  readonly holidays?: readonly IsoDate[] | undefined;
  /**
   * Dates that are worked although they fall on the weekend, e.g. the Sunday `2025-09-28`. A date may
   * not be both a holiday and a workday.
   *
   * @defaultValue `[]`
   */
  readonly workdays?: readonly IsoDate[] | undefined;
}
