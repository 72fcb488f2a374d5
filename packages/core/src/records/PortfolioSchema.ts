import * as z from 'zod';
import { portfolioCrossChecks } from '../_internals/portfolioCrossChecks.ts';
import { recordRules } from '../_internals/recordRules.ts';
import { CreditNoteSchema } from './CreditNoteSchema.ts';
import { CustomerSchema } from './CustomerSchema.ts';
import { DisputeSchema } from './DisputeSchema.ts';
import { InvoiceSchema } from './InvoiceSchema.ts';
import { PaymentSchema } from './PaymentSchema.ts';
import type { Portfolio, PortfolioInput } from './Portfolio.ts';
import { PromiseToPaySchema } from './PromiseToPaySchema.ts';

/**
 * The zod schema of a {@link Portfolio}: every list optional (`[]` when absent), each record checked by
 * its own schema, then the records that passed checked against each other with the issue codes
 * `duplicate_id`, `unknown_customer`, `unknown_invoice`, `unknown_instalment`, `customer_mismatch`,
 * `currency_mismatch`, `over_applied`, `dispute_exceeds_invoice` and `too_precise` (a dispute's amount
 * against its invoice's currency). {@link parsePortfolio} is the same check with one suite error.
 *
 * @example
 * ```ts
 * import { PortfolioSchema, toValidationIssues } from '@receivables/core';
 *
 * const result = PortfolioSchema.safeParse({
 *   invoices: [
 *     { id: 'INV-1', customerId: 'C9', currency: 'CNY', issueDate: '2026-03-01', dueDate: '2026-04-01', amount: 100 },
 *   ],
 * });
 * const issues = result.success ? [] : toValidationIssues(result.error.issues);
 * console.log(issues.map((issue) => `${issue.pathText} ${issue.code}`)); // ["invoices[0].customerId unknown_customer"]
 * ```
 */
export const PortfolioSchema: z.ZodType<Portfolio, PortfolioInput> = z
  .strictObject({
    customers: z.array(CustomerSchema).optional(),
    invoices: z.array(InvoiceSchema).optional(),
    payments: z.array(PaymentSchema).optional(),
    creditNotes: z.array(CreditNoteSchema).optional(),
    disputes: z.array(DisputeSchema).optional(),
    promises: z.array(PromiseToPaySchema).optional(),
  })
  .check(recordRules(portfolioCrossChecks))
  .transform(
    (input): Portfolio => ({
      customers: input.customers ?? [],
      invoices: input.invoices ?? [],
      payments: input.payments ?? [],
      creditNotes: input.creditNotes ?? [],
      disputes: input.disputes ?? [],
      promises: input.promises ?? [],
    }),
  );
