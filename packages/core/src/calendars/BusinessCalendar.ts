import type { IsoDate } from '../dates/IsoDate.ts';

/**
 * A business calendar: anything that can tell whether a date is worked. This interface is the adapter
 * for other holiday sources: implement it over a database table, a holiday service or a library, and
 * every business-day function of the suite works with it. {@link createBusinessCalendar} builds one from
 * data; {@link mondayToFridayCalendar} is one.
 *
 * An implementation must answer `true` or `false` for every date the caller may reach (searches look up
 * to 3,660 days ahead or back) and must give the same answer each time it is asked about a date.
 *
 * @example
 * ```ts
 * import { type BusinessCalendar, addBusinessDays, dayOfWeek } from '@receivables/core';
 *
 * // Stands for any other source of holidays: a table, a service, another library.
 * const bankHolidays = new Set(['2026-12-25', '2026-12-28']);
 * const ukBanks: BusinessCalendar = {
 *   name: 'UK banks',
 *   isBusinessDay: (date) => dayOfWeek(date) <= 5 && !bankHolidays.has(date),
 * };
 * console.log(addBusinessDays(ukBanks, '2026-12-24', 1)); // 2026-12-29
 * ```
 */
export interface BusinessCalendar {
  /** Names the calendar in error messages. */
  readonly name: string;
  /**
   * Tells whether a date is a business day.
   *
   * @param date - A valid ISO calendar date; the suite's functions check dates before asking.
   * @returns `true` when the date is worked.
   */
  isBusinessDay(date: IsoDate): boolean;
}
