import type { IsoDate } from '@receivables/core';
import type { OpenItem } from './OpenItem.ts';
import type { OpenItemsTotals } from './OpenItemsTotals.ts';
import type { UnappliedCredit } from './UnappliedCredit.ts';

/** What customers owe and what they have on account as of a date, as `computeOpenItems` finds it. */
export interface OpenItems {
  readonly asOf: IsoDate;
  /** One item per instalment with something still open, in invoice order then instalment number. */
  readonly items: readonly OpenItem[];
  /** One line per payment or credit note with an unapplied part, in (date, id) order. */
  readonly unapplied: readonly UnappliedCredit[];
  /** The reconciliation per currency, sorted by currency code. */
  readonly totals: readonly OpenItemsTotals[];
}
