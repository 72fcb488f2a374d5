import { type Instalment, type Invoice, type IsoDate, type Portfolio, toDayNumber } from '@receivables/core';
import { openItemsMinor } from './openItemsMinor.ts';

/** One instalment of an invoice issued by `asOf`, with what is still open on it. @internal */
export interface OpenItemsSlot {
  readonly invoice: Invoice;
  readonly instalment: Instalment;
  readonly originalMinor: number;
  /** Day numbers of the instalment's due date and the invoice's issue date, for fast sorting. */
  readonly dueDay: number;
  readonly issueDay: number;
  openMinor: number;
  /** Instalment-level disputes open on the date. */
  disputeClaimMinor: number;
  disputedMinor: number;
}

/** The instalments of the invoices issued by `asOf`, and the ids of those issued later. @internal */
export interface OpenItemsSlots {
  /** In invoice order, then instalment number. */
  readonly all: readonly OpenItemsSlot[];
  /** Each issued invoice's slots in instalment-number order (`[index - 1]`). */
  readonly byInvoice: ReadonlyMap<string, readonly OpenItemsSlot[]>;
  /**
   * Each issued invoice's slots oldest due first, for applications and disputes naming only the
   * invoice. The same arrays as `byInvoice` unless a schedule's due dates go backwards (a validated
   * invoice's never do), so the common case costs no second map.
   */
  readonly byInvoiceOldestDue: ReadonlyMap<string, readonly OpenItemsSlot[]>;
}

/** @internal */
export function openItemsSlots(portfolio: Portfolio, asOf: IsoDate): OpenItemsSlots {
  const all: OpenItemsSlot[] = [];
  const byInvoice = new Map<string, OpenItemsSlot[]>();
  const reordered = new Map<string, OpenItemsSlot[]>();
  portfolio.invoices.forEach((invoice, invoiceIndex) => {
    // ISO dates compare as text in calendar order.
    if (invoice.issueDate > asOf) return;
    const issueDay = toDayNumber(invoice.issueDate);
    const slots = invoice.instalments.map((instalment, position): OpenItemsSlot => {
      const field = `invoices[${invoiceIndex}].instalments[${position}].amount`;
      const originalMinor = openItemsMinor(instalment.amount, invoice.currency, field);
      return {
        invoice,
        instalment,
        originalMinor,
        dueDay: toDayNumber(instalment.dueDate),
        issueDay,
        openMinor: originalMinor,
        disputeClaimMinor: 0,
        disputedMinor: 0,
      };
    });
    for (const slot of slots) all.push(slot);
    byInvoice.set(invoice.id, slots);
    if (slots.some((slot, index) => index > 0 && slot.dueDay < slots[index - 1]!.dueDay)) {
      reordered.set(
        invoice.id,
        [...slots].sort((a, b) => a.dueDay - b.dueDay),
      );
    }
  });
  const byInvoiceOldestDue =
    reordered.size === 0
      ? byInvoice
      : new Map([...byInvoice].map(([id, slots]) => [id, reordered.get(id) ?? slots]));
  return { all, byInvoice, byInvoiceOldestDue };
}
