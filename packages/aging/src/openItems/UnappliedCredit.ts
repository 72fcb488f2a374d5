import type { IsoDate } from '@receivables/core';

/**
 * Cash or credit a customer has with us that is not applied to any open invoice as of a date: it is
 * shown on its own line and never silently netted against what is owed.
 */
export interface UnappliedCredit {
  readonly customerId: string;
  readonly currency: string;
  /** Where it came from. */
  readonly source: 'payment' | 'creditNote';
  /** The payment's or credit note's id. */
  readonly sourceId: string;
  readonly date: IsoDate;
  /** The unapplied part, in minor units, positive. */
  readonly amountMinor: number;
}
