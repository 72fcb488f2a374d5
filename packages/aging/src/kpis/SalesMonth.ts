import type { AmountInput } from '@receivables/core';

/** One month of credit sales for `countBackDso`, listed newest first. */
export interface SalesMonth {
  /** Credit sales (赊销额) of the month, zero or more. */
  readonly sales: AmountInput;
  /** The days of the month, a positive whole number (28–31 for a calendar month). */
  readonly days: number;
}
