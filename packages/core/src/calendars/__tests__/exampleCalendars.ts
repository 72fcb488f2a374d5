import fc from 'fast-check';
import { isoDates } from '../../dates/__tests__/dateArbitraries.ts';
import { addDays } from '../../dates/addDays.ts';
import { eachDayOfInterval } from '../../dates/eachDayOfInterval.ts';
import type { IsoDate } from '../../dates/IsoDate.ts';
import type { BusinessCalendarDefinition } from '../BusinessCalendarDefinition.ts';

/**
 * EXAMPLE DATA for tests, not a maintained holiday calendar: two of China's 2025 closures with their
 * make-up workdays (调休), as announced by the State Council. Other 2025 holidays are left out.
 * - Spring Festival: 2025-01-28 … 2025-02-04 off; Sunday 2025-01-26 and Saturday 2025-02-08 worked.
 * - National Day: 2025-10-01 … 2025-10-08 off; Sunday 2025-09-28 and Saturday 2025-10-11 worked.
 */
export const exampleChina2025: BusinessCalendarDefinition = {
  name: 'CN 2025 (example data)',
  weekend: [6, 7],
  holidays: [
    ...eachDayOfInterval('2025-01-28', '2025-02-04'),
    ...eachDayOfInterval('2025-10-01', '2025-10-08'),
  ],
  workdays: ['2025-01-26', '2025-02-08', '2025-09-28', '2025-10-11'],
};

/** Dates from 2024 to 2026, around the example closures. */
export const datesAround2025: fc.Arbitrary<IsoDate> = isoDates('2024-01-01', '2026-12-31');

/**
 * Random but workable calendar definitions: at most six weekend days, up to 60 holidays and 20
 * workdays in 2025 (never the same date in both lists), so a business day is always within reach.
 */
export const calendarDefinitions: fc.Arbitrary<BusinessCalendarDefinition> = fc
  .record({
    weekend: fc.subarray([1, 2, 3, 4, 5, 6, 7], { maxLength: 6 }),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 60 }),
    workdays: fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 20 }),
  })
  .map(({ weekend, holidays, workdays }) => {
    const day = (offset: number): IsoDate => addDays('2025-01-01', offset);
    return {
      name: 'random (test data)',
      weekend,
      holidays: holidays.map(day),
      workdays: workdays.filter((offset) => !holidays.includes(offset)).map(day),
    };
  });
