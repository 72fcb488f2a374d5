import * as z from 'zod';
import { recordApplicationSchema } from '../_internals/recordApplicationSchema.ts';
import { recordAppliedAmountRules } from '../_internals/recordAppliedAmountRules.ts';
import { recordPositiveAmountSchema } from '../_internals/recordPositiveAmountSchema.ts';
import { recordRules } from '../_internals/recordRules.ts';
import { recordTextSchema } from '../_internals/recordTextSchema.ts';
import { CurrencyCodeSchema } from './CurrencyCodeSchema.ts';
import { IsoDateSchema } from './IsoDateSchema.ts';
import type { Payment, PaymentInput } from './Payment.ts';

/**
 * The zod schema of a {@link Payment}: a positive amount within the currency's decimals, and explicit
 * applications (`[]` when absent), each positive, together at most the amount. Issue codes:
 * `amount_not_positive`, `too_precise`, `over_applied`, `invalid_instalment_number`, plus the field
 * codes and zod's own. Whether the invoices exist is checked by {@link parsePortfolio}.
 *
 * @example
 * ```ts
 * import { PaymentSchema } from '@receivables/core';
 *
 * const payment = PaymentSchema.parse({
 *   id: 'P1',
 *   customerId: 'C1',
 *   currency: 'CNY',
 *   date: '2026-04-10',
 *   amount: '500.00',
 *   applications: [{ invoiceId: 'INV-1', instalment: 1, amount: '300.00' }],
 * });
 * console.log(payment.applications.length, payment.amount.toFixed(2)); // 1 500.00
 * ```
 */
export const PaymentSchema: z.ZodType<Payment, PaymentInput> = z
  .strictObject({
    id: recordTextSchema,
    customerId: recordTextSchema,
    currency: CurrencyCodeSchema,
    date: IsoDateSchema,
    amount: recordPositiveAmountSchema,
    applications: z.array(recordApplicationSchema).optional(),
    reference: recordTextSchema.optional(),
  })
  .check(recordRules(recordAppliedAmountRules('payment')))
  .transform(
    (input): Payment => ({
      id: input.id,
      customerId: input.customerId,
      currency: input.currency,
      date: input.date,
      amount: input.amount,
      applications: input.applications ?? [],
      ...(input.reference === undefined ? {} : { reference: input.reference }),
    }),
  );
