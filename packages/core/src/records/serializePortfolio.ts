import { recordAmountText } from '../_internals/recordAmountText.ts';
import type { Application, ApplicationInput } from './Application.ts';
import type { CreditNoteInput } from './CreditNote.ts';
import type { CustomerInput } from './Customer.ts';
import type { DisputeInput } from './Dispute.ts';
import type { InvoiceInput } from './Invoice.ts';
import type { PaymentInput } from './Payment.ts';
import type { Portfolio, PortfolioInput } from './Portfolio.ts';
import type { PromiseToPayInput } from './PromiseToPay.ts';

/**
 * Writes a portfolio as plain JSON-friendly data: amounts as decimal strings with the currency's
 * minor-unit digits (`'1200.00'`; a dispute takes its invoice's currency), every instalment written out
 * with its role, every list present. `parsePortfolio(serializePortfolio(p))` equals `p`, also after a
 * trip through `JSON.stringify` and `JSON.parse`. Digits beyond the minor unit are kept, never rounded.
 *
 * @param portfolio - A validated portfolio, e.g. from {@link parsePortfolio}.
 * @returns The portfolio as input data, ready for `JSON.stringify`.
 * @throws {ReceivablesError} `INVALID_CURRENCY` when a record carries a currency code the platform does
 *   not know (impossible for a portfolio that came from {@link parsePortfolio}).
 *
 * @example
 * ```ts
 * import { parsePortfolio, serializePortfolio } from '@receivables/core';
 *
 * const portfolio = parsePortfolio({
 *   customers: [{ id: 'C1', name: 'Hengda Trading' }],
 *   invoices: [{ id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-03-01', dueDate: '2026-03-31', amount: 1200 }],
 * });
 * const [invoice] = serializePortfolio(portfolio).invoices ?? [];
 * console.log(invoice?.amount, invoice?.instalments); // 1200.00 [{"dueDate":"2026-03-31","amount":"1200.00","role":"final"}]
 * ```
 */
export function serializePortfolio(portfolio: Portfolio): PortfolioInput {
  const currencyByInvoice = new Map(portfolio.invoices.map((invoice) => [invoice.id, invoice.currency]));
  return {
    customers: portfolio.customers.map(
      (customer): CustomerInput => ({
        id: customer.id,
        name: customer.name,
        ...(customer.group === undefined ? {} : { group: customer.group }),
        tags: { ...customer.tags },
        ...(customer.onboardedOn === undefined ? {} : { onboardedOn: customer.onboardedOn }),
      }),
    ),
    invoices: portfolio.invoices.map(
      (invoice): InvoiceInput => ({
        id: invoice.id,
        customerId: invoice.customerId,
        currency: invoice.currency,
        issueDate: invoice.issueDate,
        dueDate: invoice.dueDate,
        amount: recordAmountText(invoice.amount, invoice.currency),
        instalments: invoice.instalments.map((instalment) => ({
          dueDate: instalment.dueDate,
          amount: recordAmountText(instalment.amount, invoice.currency),
          role: instalment.role,
        })),
        ...(invoice.reference === undefined ? {} : { reference: invoice.reference }),
      }),
    ),
    payments: portfolio.payments.map(
      (payment): PaymentInput => ({
        id: payment.id,
        customerId: payment.customerId,
        currency: payment.currency,
        date: payment.date,
        amount: recordAmountText(payment.amount, payment.currency),
        applications: serializeApplications(payment.applications, payment.currency),
        ...(payment.reference === undefined ? {} : { reference: payment.reference }),
      }),
    ),
    creditNotes: portfolio.creditNotes.map(
      (note): CreditNoteInput => ({
        id: note.id,
        customerId: note.customerId,
        currency: note.currency,
        date: note.date,
        amount: recordAmountText(note.amount, note.currency),
        applications: serializeApplications(note.applications, note.currency),
        ...(note.reason === undefined ? {} : { reason: note.reason }),
      }),
    ),
    disputes: portfolio.disputes.map(
      (dispute): DisputeInput => ({
        id: dispute.id,
        customerId: dispute.customerId,
        invoiceId: dispute.invoiceId,
        ...(dispute.instalment === undefined ? {} : { instalment: dispute.instalment }),
        openedOn: dispute.openedOn,
        ...(dispute.resolvedOn === undefined ? {} : { resolvedOn: dispute.resolvedOn }),
        amount: recordAmountText(dispute.amount, currencyByInvoice.get(dispute.invoiceId)),
        ...(dispute.reason === undefined ? {} : { reason: dispute.reason }),
      }),
    ),
    promises: portfolio.promises.map(
      (promise): PromiseToPayInput => ({
        id: promise.id,
        customerId: promise.customerId,
        invoiceIds: [...promise.invoiceIds],
        madeOn: promise.madeOn,
        promisedDate: promise.promisedDate,
        amount: recordAmountText(promise.amount, promise.currency),
        currency: promise.currency,
        status: promise.status,
      }),
    ),
  };
}

function serializeApplications(applications: readonly Application[], currency: string): ApplicationInput[] {
  return applications.map((application) => ({
    invoiceId: application.invoiceId,
    ...(application.instalment === undefined ? {} : { instalment: application.instalment }),
    amount: recordAmountText(application.amount, currency),
  }));
}
