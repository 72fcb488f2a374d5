import * as z from 'zod';
import { recordApplicationSchema } from '../_internals/recordApplicationSchema.ts';
import { recordAppliedAmountRules } from '../_internals/recordAppliedAmountRules.ts';
import { recordPositiveAmountSchema } from '../_internals/recordPositiveAmountSchema.ts';
import { recordRules } from '../_internals/recordRules.ts';
import { recordTextSchema } from '../_internals/recordTextSchema.ts';
import type { CreditNote, CreditNoteInput } from './CreditNote.ts';
import { CurrencyCodeSchema } from './CurrencyCodeSchema.ts';
import { IsoDateSchema } from './IsoDateSchema.ts';

/**
 * The zod schema of a {@link CreditNote}: a positive amount within the currency's decimals, and explicit
 * applications (`[]` when absent), each positive, together at most the amount. Issue codes:
 * `amount_not_positive`, `too_precise`, `over_applied`, `invalid_instalment_number`, plus the field
 * codes and zod's own. Whether the invoices exist is checked by {@link parsePortfolio}.
 *
 * @example
 * ```ts
 * import { CreditNoteSchema } from '@receivables/core';
 *
 * const note = CreditNoteSchema.parse({
 *   id: 'CN1',
 *   customerId: 'C1',
 *   currency: 'CNY',
 *   date: '2026-04-12',
 *   amount: 80,
 *   reason: 'damaged in transit',
 * });
 * console.log(note.applications, note.amount.toFixed(2), note.reason); // [] 80.00 damaged in transit
 * ```
 */
export const CreditNoteSchema: z.ZodType<CreditNote, CreditNoteInput> = z
  .strictObject({
    id: recordTextSchema,
    customerId: recordTextSchema,
    currency: CurrencyCodeSchema,
    date: IsoDateSchema,
    amount: recordPositiveAmountSchema,
    applications: z.array(recordApplicationSchema).optional(),
    reason: recordTextSchema.optional(),
  })
  .check(recordRules(recordAppliedAmountRules('credit note')))
  .transform(
    (input): CreditNote => ({
      id: input.id,
      customerId: input.customerId,
      currency: input.currency,
      date: input.date,
      amount: input.amount,
      applications: input.applications ?? [],
      ...(input.reason === undefined ? {} : { reason: input.reason }),
    }),
  );
