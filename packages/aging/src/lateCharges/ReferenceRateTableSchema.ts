import { addValidationIssue, IsoDateSchema, isIsoDate } from '@receivables/core';
import * as z from 'zod';
import { lateChargesRateValueSchema } from '../_internals/lateChargesRateValueSchema.ts';
import type { ReferenceRateTable } from './ReferenceRateTable.ts';

/** Cross-checks also run when some entries are malformed, so that one pass reports every problem. */
const EVEN_WITH_OTHER_ISSUES = { when: (): boolean => true };

const entrySchema = z.strictObject({
  effectiveFrom: IsoDateSchema.meta({ description: 'The first day the rate is in force.' }),
  rate: lateChargesRateValueSchema('any', 'The annual rate as a fraction, e.g. "0.0215" for 2.15%.'),
});

/**
 * The zod schema of a {@link ReferenceRateTable}. It reports every problem at once, each at its path:
 * unknown keys, a blank name (`blank_name`), an empty list, dates that do not exist (`invalid_date`), rates that are not
 * decimals (`invalid_rate`), an entry dated on or before the one above it (`duplicate_effective_date`,
 * `unsorted_effective_date`) and an entry starting after `coveredThrough` (`entry_after_covered_through`).
 * Reference rates may be negative.
 *
 * @example
 * ```ts
 * import { ReferenceRateTableSchema } from '@receivables/aging';
 * import { toValidationIssues } from '@receivables/core';
 *
 * const result = ReferenceRateTableSchema.safeParse({
 *   name: 'ECB main refinancing rate',
 *   rates: [
 *     { effectiveFrom: '2025-06-11', rate: '0.0215' },
 *     { effectiveFrom: '2025-06-11', rate: '0.02' },
 *   ],
 * });
 * const issues = result.success ? [] : toValidationIssues(result.error.issues);
 * console.log(issues.map((issue) => `${issue.pathText} ${issue.code}`)); // ["rates[1].effectiveFrom duplicate_effective_date"]
 * ```
 */
export const ReferenceRateTableSchema: z.ZodType<ReferenceRateTable, ReferenceRateTable> = z
  .strictObject({
    name: z
      .string()
      .superRefine((name, ctx) => {
        if (name.trim() === '')
          addValidationIssue(ctx, 'blank_name', 'a reference rate table needs a name', name);
      })
      .meta({ description: 'Names the table in error messages, e.g. "ECB main refinancing rate".' }),
    rates: z
      .array(entrySchema)
      .min(1, { error: 'a reference rate table needs at least one entry' })
      .superRefine(reportEntryOrder, EVEN_WITH_OTHER_ISSUES)
      .meta({ description: 'The entries, strictly ascending by effectiveFrom.' }),
    coveredThrough: IsoDateSchema.meta({
      description: 'The last day the table is known to be complete; later days have no known rate.',
    }).optional(),
  })
  .superRefine(reportEntriesAfterCoverage, EVEN_WITH_OTHER_ISSUES)
  .meta({ title: 'ReferenceRateTable', description: 'A reference rate history with effective dates.' });

/** The valid effective dates of raw entries, by index; the refinements run on raw input too. */
function effectiveDates(rates: unknown): (string | undefined)[] {
  if (!Array.isArray(rates)) return [];
  return rates.map((entry: unknown) => {
    const date =
      typeof entry === 'object' && entry !== null
        ? (entry as { effectiveFrom?: unknown }).effectiveFrom
        : undefined;
    return isIsoDate(date) ? date : undefined;
  });
}

function reportEntryOrder(rates: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  const dates = effectiveDates(rates);
  dates.forEach((date, index) => {
    const previous = index > 0 ? dates[index - 1] : undefined;
    // ISO dates of the same form compare as text in calendar order.
    if (date === undefined || previous === undefined || date > previous) return;
    const path = [index, 'effectiveFrom'];
    if (date === previous) {
      addValidationIssue(
        ctx,
        'duplicate_effective_date',
        `${date} is listed twice (also rates[${index - 1}])`,
        date,
        path,
      );
    } else {
      const message = `${date} comes after ${previous} (rates[${index - 1}]): list the entries in ascending date order`;
      addValidationIssue(ctx, 'unsorted_effective_date', message, date, path);
    }
  });
}

function reportEntriesAfterCoverage(table: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  const { rates, coveredThrough } = (typeof table === 'object' && table !== null ? table : {}) as {
    rates?: unknown;
    coveredThrough?: unknown;
  };
  if (!isIsoDate(coveredThrough)) return;
  effectiveDates(rates).forEach((date, index) => {
    if (date === undefined || date <= coveredThrough) return;
    const message = `${date} starts after coveredThrough ${coveredThrough}: extend coveredThrough or drop the entry`;
    addValidationIssue(ctx, 'entry_after_covered_through', message, date, ['rates', index, 'effectiveFrom']);
  });
}
