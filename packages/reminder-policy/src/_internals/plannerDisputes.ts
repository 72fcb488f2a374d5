import type { Dispute, Portfolio } from '@receivables/core';
import { toDayNumber } from '@receivables/core';

/** The excuse on record for some invoices on a day. @internal */
export type ExcuseOf = (invoiceIds: readonly string[], day: number) => string | undefined;

/**
 * The reason of the latest dispute (by opening day, then id) that is open on the day on one of the
 * invoices: the excuse a collector will hear.
 *
 * @internal
 */
export function plannerDisputes(portfolio: Portfolio): ExcuseOf {
  const byInvoice = new Map<string, Dispute[]>();
  for (const dispute of portfolio.disputes) {
    if (dispute.reason === undefined) continue;
    const list = byInvoice.get(dispute.invoiceId) ?? [];
    list.push(dispute);
    byInvoice.set(dispute.invoiceId, list);
  }
  return (invoiceIds, day) => {
    let best: Dispute | undefined;
    for (const invoiceId of invoiceIds) {
      for (const dispute of byInvoice.get(invoiceId) ?? []) {
        const open =
          toDayNumber(dispute.openedOn) <= day &&
          (dispute.resolvedOn === undefined || toDayNumber(dispute.resolvedOn) > day);
        if (open && (best === undefined || later(dispute, best))) best = dispute;
      }
    }
    return best?.reason;
  };
}

function later(a: Dispute, b: Dispute): boolean {
  return a.openedOn > b.openedOn || (a.openedOn === b.openedOn && a.id > b.id);
}
