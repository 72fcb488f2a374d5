import { describeValue, type IsoDate, type Portfolio, ReceivablesError } from '@receivables/core';
import { openItemsApplyRemainders } from '../_internals/openItemsApplyRemainders.ts';
import { openItemsMarkDisputes } from '../_internals/openItemsDisputes.ts';
import { openItemsApplyExplicit } from '../_internals/openItemsExplicit.ts';
import { openItemsReadDay } from '../_internals/openItemsReadDay.ts';
import { openItemsReconcile } from '../_internals/openItemsReconcile.ts';
import { type OpenItemsSlot, openItemsSlots } from '../_internals/openItemsSlots.ts';
import { type OpenItemsSource, openItemsSources } from '../_internals/openItemsSources.ts';
import type { AllocationStrategy } from './AllocationStrategy.ts';
import type { OpenItem } from './OpenItem.ts';
import type { OpenItems } from './OpenItems.ts';
import type { UnappliedCredit } from './UnappliedCredit.ts';

/** Options of {@link computeOpenItems}. */
export interface ComputeOpenItemsOptions {
  /** The day the ledger is seen: documents, payments and disputes dated later are ignored. */
  readonly asOf: IsoDate;
  /**
   * How cash and credit that no explicit application names is applied.
   * @defaultValue `'oldestDue'`
   */
  readonly allocation?: AllocationStrategy;
}

const STRATEGIES: readonly AllocationStrategy[] = ['oldestDue', 'oldestIssued', 'none'];

/**
 * Works out what is open on every instalment as of a date, by applying payments and credit notes to
 * invoices (spec §2.1, payment allocation: "to the invoice the payment names; otherwise oldest first").
 *
 * 1. Only invoices issued, and payments and credit notes dated, on or before `asOf` count, so an aging
 *    rerun for a past month-end reproduces it exactly.
 * 2. Explicit applications come first, in (date, id) order: those naming an instalment, then those
 *    naming only an invoice, spread over its instalments oldest due first. One naming an invoice not
 *    issued by `asOf` (a prepayment) stays unapplied.
 * 3. What no application names is applied by `allocation`, per customer and currency, records in
 *    (date, id) order; with `none` it stays on account.
 * 4. Unapplied cash and credit become their own lines, never netted against what is owed.
 * 5. Disputes opened by `asOf` and not resolved by it mark part of an item as disputed:
 *    `disputedMinor = min(open disputes on the instalment, or on the invoice spread oldest due first, openMinor)`.
 *
 * All arithmetic is in whole minor units; each amount is converted once. Sorting dominates: O(n log n).
 *
 * @param portfolio - A validated portfolio (see `parsePortfolio`).
 * @param options - The `asOf` date and the allocation strategy.
 * @returns The open items, the unapplied lines and a per-currency reconciliation in which
 *   `open + applied = invoiced` and `applied + unapplied = received + credited`.
 * @throws {ReceivablesError} `INVALID_DATE` for a malformed `asOf`; `INVALID_ARGUMENT` for an unknown
 *   `allocation`; `AMOUNT_TOO_PRECISE` or `AMOUNT_OUT_OF_RANGE` for an amount that is not a whole number
 *   of minor units within 2^53 − 1 (a validated portfolio has none).
 *
 * @example
 * ```ts
 * import { computeOpenItems } from '@receivables/aging';
 * import { parsePortfolio } from '@receivables/core';
 *
 * const portfolio = parsePortfolio({
 *   customers: [{ id: 'C1', name: 'Hengda Trading' }],
 *   invoices: [
 *     { id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-01-05', dueDate: '2026-02-04', amount: '1000.00' },
 *     { id: 'INV-2', customerId: 'C1', currency: 'CNY', issueDate: '2026-02-10', dueDate: '2026-03-12', amount: '500.00' },
 *   ],
 *   payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-03-01', amount: '1200.00' }],
 * });
 * const open = computeOpenItems(portfolio, { asOf: '2026-03-31' });
 * // The unnamed payment settles the oldest due invoice first, then part of the next.
 * console.log(open.items.map((item) => `${item.invoiceId} ${item.openMinor}`)); // ["INV-2 30000"]
 * console.log(computeOpenItems(portfolio, { asOf: '2026-03-31', allocation: 'none' }).unapplied[0]?.amountMinor); // 120000
 * ```
 */
export function computeOpenItems(portfolio: Portfolio, options: ComputeOpenItemsOptions): OpenItems {
  const asOf = options.asOf;
  openItemsReadDay(asOf, 'computeOpenItems', 'asOf');
  const allocation = options.allocation ?? 'oldestDue';
  if (!STRATEGIES.includes(allocation)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `computeOpenItems: allocation ${describeValue(allocation)} is not one of ${STRATEGIES.map((name) => `'${name}'`).join(', ')}`,
      { details: { field: 'allocation', value: describeValue(allocation), allowed: STRATEGIES } },
    );
  }
  const slots = openItemsSlots(portfolio, asOf);
  const sources = openItemsSources(portfolio, asOf);
  openItemsApplyExplicit(sources, slots);
  openItemsApplyRemainders(sources, slots.all, allocation);
  openItemsMarkDisputes(portfolio, asOf, slots);
  const items = slots.all.filter((slot) => slot.openMinor > 0).map(toOpenItem);
  const unapplied = sources.filter((source) => source.free + source.reserved > 0).map(toUnapplied);
  return { asOf, items, unapplied, totals: openItemsReconcile(slots.all, sources, items, unapplied) };
}

function toOpenItem(slot: OpenItemsSlot): OpenItem {
  const { invoice, instalment } = slot;
  return {
    customerId: invoice.customerId,
    invoiceId: invoice.id,
    instalment: instalment.index,
    role: instalment.role,
    currency: invoice.currency,
    documentDate: invoice.issueDate,
    dueDate: instalment.dueDate,
    originalMinor: slot.originalMinor,
    openMinor: slot.openMinor,
    disputedMinor: slot.disputedMinor,
  };
}

function toUnapplied(source: OpenItemsSource): UnappliedCredit {
  const { record } = source;
  return {
    customerId: record.customerId,
    currency: record.currency,
    source: source.kind,
    sourceId: record.id,
    date: record.date,
    amountMinor: source.free + source.reserved,
  };
}
