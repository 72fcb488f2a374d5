import type { OpenItemsSlot, OpenItemsSlots } from './openItemsSlots.ts';
import type { OpenItemsNamed, OpenItemsSource } from './openItemsSources.ts';

/**
 * Applies the explicit applications: first every one that names an instalment, then every one that
 * names only an invoice (spread over its instalments oldest due first), each pass in (date, id) order.
 * Instalment-level ones go first so that an invoice-level one cannot take the instalment another
 * record names. What cannot be applied (an invoice not issued by the date, a prepayment; an unknown
 * invoice; another customer's or currency's invoice; nothing left open) stays unapplied, reserved for
 * the invoice it names rather than given to the allocation strategy.
 *
 * @internal
 */
export function openItemsApplyExplicit(sources: readonly OpenItemsSource[], slots: OpenItemsSlots): void {
  for (const source of sources) {
    for (const named of source.named) {
      if (named.application.instalment !== undefined) applyNamed(source, named, slots);
    }
  }
  for (const source of sources) {
    for (const named of source.named) {
      if (named.application.instalment === undefined) applyNamed(source, named, slots);
    }
  }
}

function applyNamed(source: OpenItemsSource, named: OpenItemsNamed, slots: OpenItemsSlots): void {
  const { invoiceId, instalment } = named.application;
  let left = named.minor;
  const ordered = slots.byInvoiceOldestDue.get(invoiceId);
  if (ordered !== undefined && belongsTo(ordered[0], source)) {
    if (instalment === undefined) {
      for (const slot of ordered) left = take(slot, left);
    } else {
      const slot = slots.byInvoice.get(invoiceId)?.[instalment - 1];
      if (slot !== undefined) left = take(slot, left);
    }
  }
  source.applied += named.minor - left;
  source.reserved += left;
}

function belongsTo(slot: OpenItemsSlot | undefined, source: OpenItemsSource): boolean {
  return (
    slot !== undefined &&
    slot.invoice.customerId === source.record.customerId &&
    slot.invoice.currency === source.record.currency
  );
}

/** Settles what it can of `left` on the slot and returns what is still left. */
function take(slot: OpenItemsSlot, left: number): number {
  const taken = Math.min(left, slot.openMinor);
  slot.openMinor -= taken;
  return left - taken;
}
