import type { Decimal } from 'decimal.js';

/**
 * The reconciliation of one currency as of a date, exact. Money is never created or lost:
 * `open + applied = invoiced` and `applied + unapplied = received + credited`.
 */
export interface OpenItemsTotals {
  /** The ISO 4217 code all figures of this line are in. */
  readonly currency: string;
  /** The invoices issued on or before the date, in full. */
  readonly invoiced: Decimal;
  /** The payments dated on or before the date. */
  readonly received: Decimal;
  /** The credit notes dated on or before the date. */
  readonly credited: Decimal;
  /** What payments and credit notes settled on invoices. */
  readonly applied: Decimal;
  /** What is still owed: the sum of the open items. */
  readonly open: Decimal;
  /** The part of `open` under disputes still open on the date. */
  readonly disputed: Decimal;
  /** Cash and credit on account, applied to nothing: the sum of the unapplied lines. */
  readonly unapplied: Decimal;
}
