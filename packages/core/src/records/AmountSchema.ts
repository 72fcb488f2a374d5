import type { Decimal } from 'decimal.js';
import * as z from 'zod';
import { recordIssueMessage } from '../_internals/recordIssueMessage.ts';
import { addValidationIssue } from '../errors/addValidationIssue.ts';
import type { AmountInput } from '../money/AmountInput.ts';
import { decimal } from '../money/decimal.ts';

/**
 * A zod schema for an amount: a decimal string (`"1200.50"`), a finite number or a `Decimal`, read
 * exactly into the suite's `Decimal` by {@link decimal}. It accepts any sign and any number of
 * decimals; records add their own rules (positive, within the currency's minor units). A failure has
 * the issue code `invalid_amount`. In JSON Schema it is a decimal string or a number.
 *
 * @example
 * ```ts
 * import { AmountSchema, toValidationIssues } from '@receivables/core';
 *
 * console.log(AmountSchema.parse('1200.50').plus(0.25).toString()); // 1200.75
 * const result = AmountSchema.safeParse('12,5');
 * const [issue] = result.success ? [] : toValidationIssues(result.error.issues);
 * console.log(issue?.code, issue?.message); // invalid_amount "12,5" is not a decimal number
 * ```
 */
export const AmountSchema: z.ZodType<Decimal, AmountInput> = z
  .custom<AmountInput>()
  .transform((value, ctx) => {
    try {
      return decimal(value);
    } catch (error) {
      addValidationIssue(ctx, 'invalid_amount', recordIssueMessage(error), value);
      return z.NEVER;
    }
  })
  .meta({
    // Only the JSON forms: a Decimal object cannot occur in a JSON document.
    anyOf: [
      { type: 'string', pattern: '^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*$' },
      { type: 'number' },
    ],
    description: 'An exact amount: a decimal string such as "1200.00", or a number.',
  });
