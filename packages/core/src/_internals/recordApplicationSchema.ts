import * as z from 'zod';
import type { Application, ApplicationInput } from '../records/Application.ts';
import { recordInstalmentNumberSchema } from './recordInstalmentNumberSchema.ts';
import { recordPositiveAmountSchema } from './recordPositiveAmountSchema.ts';
import { recordTextSchema } from './recordTextSchema.ts';

/**
 * One application of a payment or credit note to an invoice; `instalment` stays absent when absent.
 *
 * @internal
 */
export const recordApplicationSchema: z.ZodType<Application, ApplicationInput> = z
  .strictObject({
    invoiceId: recordTextSchema,
    instalment: recordInstalmentNumberSchema.optional(),
    amount: recordPositiveAmountSchema,
  })
  .transform(
    (input): Application => ({
      invoiceId: input.invoiceId,
      ...(input.instalment === undefined ? {} : { instalment: input.instalment }),
      amount: input.amount,
    }),
  );
