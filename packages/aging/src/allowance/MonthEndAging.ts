import type { AmountInput, IsoDate } from '@receivables/core';
import type { AllowanceBalance } from './AllowanceBalance.ts';

/** The balance per aging bucket at one month-end: one snapshot of a roll-rate history. */
export interface MonthEndAging {
  /** The month-end the balances were aged at, e.g. `2025-01-31`. */
  readonly asOf: IsoDate;
  /**
   * The balance per bucket, keyed by bucket id (`{ d1to30: '1200.00' }`) or as lines
   * `{ bucketId, amount }`; a bucket left out has a zero balance.
   */
  readonly balances: readonly AllowanceBalance[] | Readonly<Record<string, AmountInput>>;
}

/** What was written off from the oldest bucket during the month that ends on `asOf`. */
export interface MonthlyWriteOff {
  /** The month-end closing the month of the write-offs; one of the agings' dates after the first. */
  readonly asOf: IsoDate;
  /** The amount written off in that month, zero or more. */
  readonly amount: AmountInput;
}
