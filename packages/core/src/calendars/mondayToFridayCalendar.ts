import { compileBusinessCalendar } from '../_internals/calendarCompile.ts';
import type { BusinessCalendar } from './BusinessCalendar.ts';

/**
 * The plain calendar: Monday to Friday are business days, Saturday and Sunday are not, and there are no
 * holidays. Use it where no holiday list applies, or as a default.
 *
 * @example
 * ```ts
 * import { mondayToFridayCalendar, nextBusinessDay } from '@receivables/core';
 *
 * console.log(nextBusinessDay(mondayToFridayCalendar, '2026-11-20')); // 2026-11-23
 * ```
 */
export const mondayToFridayCalendar: BusinessCalendar = compileBusinessCalendar({
  name: 'Monday to Friday',
  weekend: [6, 7],
  holidays: [],
  workdays: [],
});
