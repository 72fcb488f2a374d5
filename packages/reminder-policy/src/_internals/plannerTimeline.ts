import { computeOpenItems } from '@receivables/aging';
import { fromDayNumber, type Portfolio, toDayNumber } from '@receivables/core';

/** What is open on one instalment on a day, in minor units. @internal */
export interface InstalmentState {
  readonly openMinor: number;
  readonly disputedMinor: number;
}

/** The ledger as of one day: open instalments by key, and undisputed totals by customer and currency. @internal */
export interface LedgerSnapshot {
  readonly items: ReadonlyMap<string, InstalmentState>;
  readonly totals: ReadonlyMap<string, number>;
}

/** The ledger on any day of a window. @internal */
export interface PlannerTimeline {
  at(day: number): LedgerSnapshot;
  /** Keys of the instalments owed and not wholly disputed on some day of the window: the only ones that can be contacted about. */
  owedInWindow(): ReadonlySet<string>;
}

/** @internal */
export function instalmentKey(invoiceId: string, instalment: number): string {
  return `${invoiceId}\u0000${instalment}`;
}

/** @internal */
export function customerCurrencyKey(customerId: string, currency: string): string {
  return `${customerId}\u0000${currency}`;
}

/**
 * The open items change only on days a record is dated (an invoice issued, a payment or credit note, a
 * dispute opened or resolved), so aging runs once as of the window's start and once per such day inside
 * it, and every other day reads the last snapshot: exact, and cheap when records are few.
 *
 * @internal
 */
export function plannerTimeline(portfolio: Portfolio, from: number, to: number): PlannerTimeline {
  const changes = new Set<number>([from]);
  const note = (date: string | undefined): void => {
    if (date === undefined) return;
    const day = toDayNumber(date);
    if (day > from && day <= to) changes.add(day);
  };
  for (const invoice of portfolio.invoices) note(invoice.issueDate);
  for (const payment of portfolio.payments) note(payment.date);
  for (const creditNote of portfolio.creditNotes) note(creditNote.date);
  for (const dispute of portfolio.disputes) {
    note(dispute.openedOn);
    note(dispute.resolvedOn);
  }
  const days = [...changes].sort((a, b) => a - b);
  const snapshots = new Map<number, LedgerSnapshot>();
  const snapshotOf = (day: number): LedgerSnapshot => {
    let snapshot = snapshots.get(day);
    if (snapshot === undefined) {
      snapshot = takeSnapshot(portfolio, day);
      snapshots.set(day, snapshot);
    }
    return snapshot;
  };
  const owedInWindow = (): Set<string> => {
    const owed = new Set<string>();
    for (const day of days) {
      for (const [key, state] of snapshotOf(day).items)
        if (state.openMinor > state.disputedMinor) owed.add(key);
    }
    return owed;
  };
  return {
    // Outside the window no change days were collected, so such a day gets its own exact snapshot.
    at: (day) => snapshotOf(day < from || day > to ? day : (days[lastAtOrBefore(days, day)] ?? from)),
    owedInWindow,
  };
}

function takeSnapshot(portfolio: Portfolio, day: number): LedgerSnapshot {
  const items = new Map<string, InstalmentState>();
  const totals = new Map<string, number>();
  for (const item of computeOpenItems(portfolio, { asOf: fromDayNumber(day) }).items) {
    items.set(instalmentKey(item.invoiceId, item.instalment), item);
    const key = customerCurrencyKey(item.customerId, item.currency);
    totals.set(key, (totals.get(key) ?? 0) + item.openMinor - item.disputedMinor);
  }
  return { items, totals };
}

function lastAtOrBefore(sorted: readonly number[], day: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((sorted[middle] ?? 0) <= day) low = middle;
    else high = middle - 1;
  }
  return low;
}
