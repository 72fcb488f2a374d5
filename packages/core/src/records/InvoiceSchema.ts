import * as z from 'zod';
import { recordInstalmentSchema } from '../_internals/recordInstalmentSchema.ts';
import { recordInvoiceRules } from '../_internals/recordInvoiceRules.ts';
import { recordPositiveAmountSchema } from '../_internals/recordPositiveAmountSchema.ts';
import { recordRules } from '../_internals/recordRules.ts';
import { recordSchedule } from '../_internals/recordSchedule.ts';
import { recordTextSchema } from '../_internals/recordTextSchema.ts';
import { CurrencyCodeSchema } from './CurrencyCodeSchema.ts';
import type { Invoice, InvoiceInput } from './Invoice.ts';
import { IsoDateSchema } from './IsoDateSchema.ts';

const invoiceFields = z.strictObject({
  id: recordTextSchema,
  customerId: recordTextSchema,
  currency: CurrencyCodeSchema,
  issueDate: IsoDateSchema,
  dueDate: IsoDateSchema.optional(),
  amount: recordPositiveAmountSchema,
  instalments: z
    .array(recordInstalmentSchema)
    .min(1, { error: 'an invoice with instalments lists at least one; leave the list out otherwise' })
    .optional(),
  reference: recordTextSchema.optional(),
});

/**
 * The zod schema of an {@link Invoice}. It numbers the instalments from 1, gives each a role by
 * position when it has none (first, middle, final; a lone instalment is final), makes a single final
 * instalment of the whole amount when there is no schedule, and sets `dueDate` to the last
 * instalment's due date. Issue codes: `amount_not_positive`, `too_precise` (more decimals than the
 * currency allows), `due_before_issue`, `instalments_out_of_order`, `instalments_sum`,
 * `due_date_mismatch`, `due_date_missing`, plus the field codes (`invalid_date`, `invalid_currency`,
 * `invalid_amount`, `blank_text`) and zod's own (`invalid_type`, `unrecognized_keys`).
 *
 * @example
 * ```ts
 * import { InvoiceSchema } from '@receivables/core';
 *
 * const invoice = InvoiceSchema.parse({
 *   id: 'INV-1',
 *   customerId: 'C1',
 *   currency: 'CNY',
 *   issueDate: '2026-03-01',
 *   amount: '1000.00',
 *   instalments: [
 *     { dueDate: '2026-03-01', amount: '300.00' },
 *     { dueDate: '2026-06-01', amount: '600.00' },
 *     { dueDate: '2027-06-01', amount: '100.00' },
 *   ],
 * });
 * console.log(invoice.dueDate, invoice.instalments.map((part) => part.role).join('/')); // 2027-06-01 first/middle/final
 * ```
 */
export const InvoiceSchema: z.ZodType<Invoice, InvoiceInput> = invoiceFields
  .check(recordRules(recordInvoiceRules))
  .transform((input): Invoice => {
    const instalments = recordSchedule(input.instalments, input.dueDate, input.amount);
    const last = instalments[instalments.length - 1];
    // Unreachable: the due_date_missing rule has already stopped an invoice without either.
    if (last === undefined) return z.NEVER;
    return {
      id: input.id,
      customerId: input.customerId,
      currency: input.currency,
      issueDate: input.issueDate,
      dueDate: last.dueDate,
      amount: input.amount,
      instalments,
      ...(input.reference === undefined ? {} : { reference: input.reference }),
    };
  });
