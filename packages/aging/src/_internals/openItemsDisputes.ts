import type { IsoDate, Portfolio } from '@receivables/core';
import { openItemsMinor } from './openItemsMinor.ts';
import type { OpenItemsSlots } from './openItemsSlots.ts';

/**
 * Marks the disputed part of each open instalment as of `asOf`. A dispute counts when opened on or
 * before the date and not resolved by it. One naming an instalment claims that instalment; one naming
 * only the invoice is spread over its instalments oldest due first, each taking at most what is open
 * and not yet disputed. A disputed part never exceeds what is open: a dispute over money already paid
 * disputes nothing that is owed.
 *
 * @internal
 */
export function openItemsMarkDisputes(portfolio: Portfolio, asOf: IsoDate, slots: OpenItemsSlots): void {
  const invoiceClaims = new Map<string, number>();
  portfolio.disputes.forEach((dispute, index) => {
    if (dispute.openedOn > asOf || (dispute.resolvedOn !== undefined && dispute.resolvedOn <= asOf)) return;
    const ordered = slots.byInvoice.get(dispute.invoiceId);
    const first = ordered?.[0];
    if (first === undefined) return;
    const minor = openItemsMinor(dispute.amount, first.invoice.currency, `disputes[${index}].amount`);
    if (dispute.instalment === undefined) {
      // Capped so that many disputes cannot leave the safe-integer range; no instalment is worth more.
      const claim = (invoiceClaims.get(dispute.invoiceId) ?? 0) + minor;
      invoiceClaims.set(dispute.invoiceId, Math.min(claim, Number.MAX_SAFE_INTEGER));
      return;
    }
    const slot = ordered?.[dispute.instalment - 1];
    if (slot !== undefined)
      slot.disputeClaimMinor = Math.min(slot.disputeClaimMinor + minor, slot.originalMinor);
  });
  for (const slot of slots.all) slot.disputedMinor = Math.min(slot.disputeClaimMinor, slot.openMinor);
  for (const [invoiceId, claim] of invoiceClaims) {
    let left = claim;
    for (const slot of slots.byInvoiceOldestDue.get(invoiceId) ?? []) {
      if (left === 0) break;
      const take = Math.min(left, slot.openMinor - slot.disputedMinor);
      slot.disputedMinor += take;
      left -= take;
    }
  }
}
