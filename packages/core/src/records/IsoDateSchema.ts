import * as z from 'zod';
import { recordIssueMessage } from '../_internals/recordIssueMessage.ts';
import type { IsoDate } from '../dates/IsoDate.ts';
import { parseIsoDate } from '../dates/parseIsoDate.ts';
import { addValidationIssue } from '../errors/addValidationIssue.ts';

/**
 * A zod schema for a calendar date written `YYYY-MM-DD` that exists (`2028-02-29` but not `2026-02-30`),
 * for use in any document schema. A failure has the issue code `invalid_date` and says why, e.g.
 * `"2026-02-30" is not a date: February 2026 has 28 days`. In JSON Schema it is a string with
 * `format: 'date'`.
 *
 * @example
 * ```ts
 * import { IsoDateSchema, toValidationIssues } from '@receivables/core';
 * import * as z from 'zod';
 *
 * const Holiday = z.object({ on: IsoDateSchema });
 * const result = Holiday.safeParse({ on: '2026-02-30' });
 * const [issue] = result.success ? [] : toValidationIssues(result.error.issues);
 * console.log(issue?.code, issue?.message); // invalid_date "2026-02-30" is not a date: February 2026 has 28 days
 * ```
 */
export const IsoDateSchema: z.ZodType<IsoDate, IsoDate> = z
  .string()
  .superRefine((value, ctx) => {
    try {
      parseIsoDate(value);
    } catch (error) {
      addValidationIssue(ctx, 'invalid_date', recordIssueMessage(error), value);
    }
  })
  .meta({
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    description: 'A calendar date written YYYY-MM-DD.',
  });
