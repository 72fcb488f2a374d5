import * as z from 'zod';
import { recordIssueMessage } from '../_internals/recordIssueMessage.ts';
import { addValidationIssue } from '../errors/addValidationIssue.ts';
import { parseCurrency } from '../money/parseCurrency.ts';

/**
 * A zod schema for an uppercase ISO 4217 currency code that the platform knows (`CNY`, `USD`, `JPY`),
 * for use in any document schema. A failure has the issue code `invalid_currency` and says why, e.g.
 * `currency "cny" is not an ISO 4217 code: write it in upper case (CNY)`.
 *
 * @example
 * ```ts
 * import { CurrencyCodeSchema, toValidationIssues } from '@receivables/core';
 *
 * console.log(CurrencyCodeSchema.parse('CNY')); // CNY
 * const result = CurrencyCodeSchema.safeParse('cny');
 * const [issue] = result.success ? [] : toValidationIssues(result.error.issues);
 * console.log(issue?.code); // invalid_currency
 * console.log(issue?.message); // currency "cny" is not an ISO 4217 code: write it in upper case (CNY)
 * ```
 */
export const CurrencyCodeSchema: z.ZodType<string, string> = z
  .string()
  .superRefine((value, ctx) => {
    try {
      parseCurrency(value);
    } catch (error) {
      addValidationIssue(ctx, 'invalid_currency', recordIssueMessage(error), value);
    }
  })
  .meta({ pattern: '^[A-Z]{3}$', description: 'An uppercase ISO 4217 currency code, e.g. CNY.' });
