import type { Decimal } from 'decimal.js';
import type * as z from 'zod';
import { addValidationIssue } from '../errors/addValidationIssue.ts';
import type { AmountInput } from '../money/AmountInput.ts';
import { AmountSchema } from '../records/AmountSchema.ts';

/**
 * An amount that must be greater than zero, with the issue code `amount_not_positive`: invoices,
 * instalments, payments, credit notes, applications, disputes and promises all carry positive amounts.
 *
 * @internal
 */
export const recordPositiveAmountSchema: z.ZodType<Decimal, AmountInput> = AmountSchema.superRefine(
  (amount, ctx) => {
    if (!amount.gt(0)) {
      addValidationIssue(ctx, 'amount_not_positive', `${amount.toString()} is not a positive amount`, amount);
    }
  },
);
