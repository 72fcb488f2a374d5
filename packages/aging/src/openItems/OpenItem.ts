import type { InstalmentRole, IsoDate } from '@receivables/core';

/**
 * What is still open on one instalment of one invoice as of a date, after payments and credit notes.
 *
 * Amounts are integers of the currency's minor unit (fen for CNY, cents for USD, yen for JPY): exact,
 * and what the accumulators add in their hot loop. Turn them into decimals with `fromMinorUnits`.
 */
export interface OpenItem {
  readonly customerId: string;
  readonly invoiceId: string;
  /** 1-based instalment number within the invoice. */
  readonly instalment: number;
  readonly role: InstalmentRole;
  readonly currency: string;
  /** The invoice's issue date: the basis of age (账龄). */
  readonly documentDate: IsoDate;
  /** The instalment's due date: the basis of days past due. */
  readonly dueDate: IsoDate;
  /** The instalment's amount, in minor units. */
  readonly originalMinor: number;
  /** What remains open as of the date, in minor units; always positive for an open item. */
  readonly openMinor: number;
  /** The part of `openMinor` under a dispute still open as of the date, in minor units (0 ≤ disputed ≤ open). */
  readonly disputedMinor: number;
}
