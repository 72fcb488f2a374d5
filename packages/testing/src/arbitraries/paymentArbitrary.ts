import type { Invoice, Payment } from '@receivables/core';
import fc from 'fast-check';
import { moneyFromSeed, moneySeedArbitrary } from '../_internals/MoneySeed.ts';
import { openInvoice } from '../_internals/OpenInvoice.ts';
import { readRecordId } from '../_internals/readRecordId.ts';
import { paymentId } from '../_internals/recordIds.ts';

/** Options of {@link paymentArbitrary}. */
export interface PaymentArbitraryOptions {
  /** The invoice the payment is made against; it sets the customer and the currency. */
  readonly invoice: Invoice;
  /**
   * A fixed id for every payment generated.
   * @defaultValue a drawn id from `PAY-000001` to `PAY-999999`
   */
  readonly id?: string;
}

/**
 * A fast-check arbitrary of validated payments against one invoice: dated on or after its issue date,
 * worth up to twice its amount, and either unapplied or applied to the invoice or one instalment for
 * no more than the payment and no more than is open there. Whatever is not applied stays on account.
 *
 * @param options - The invoice, and optionally a fixed id.
 * @returns An arbitrary of {@link Payment} records in the validated shape.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for an empty id or an invoice whose amounts are finer
 *   than its currency's minor unit; `INVALID_CURRENCY` for an unknown currency.
 *
 * @example
 * ```ts
 * import { decimal } from '@receivables/core';
 * import { paymentArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const invoice = {
 *   id: 'INV-000001', customerId: 'C0001', currency: 'CNY', issueDate: '2026-03-01', dueDate: '2026-03-31',
 *   amount: decimal('1000.00'),
 *   instalments: [{ index: 1, dueDate: '2026-03-31', amount: decimal('1000.00'), role: 'final' as const }],
 * };
 * const payment = fc.sample(paymentArbitrary({ invoice }), 1)[0]!;
 * const applied = payment.applications.reduce((sum, part) => sum.plus(part.amount), decimal(0));
 * console.log(payment.customerId, applied.lte(payment.amount) && applied.lte(invoice.amount)); // C0001 true
 * ```
 */
export function paymentArbitrary(options: PaymentArbitraryOptions): fc.Arbitrary<Payment> {
  const api = 'paymentArbitrary';
  const id = options.id === undefined ? undefined : readRecordId(api, 'id', options.id);
  const { invoice } = options;
  openInvoice(api, invoice);
  return fc
    .record({
      id: id === undefined ? fc.integer({ min: 1, max: 999_999 }).map(paymentId) : fc.constant(id),
      seed: moneySeedArbitrary(),
    })
    .map(({ id, seed }) => ({
      id,
      customerId: invoice.customerId,
      currency: invoice.currency,
      ...moneyFromSeed(seed, openInvoice(api, invoice)),
    }));
}
