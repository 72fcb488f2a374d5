import type { Decimal } from 'decimal.js';
import type { AgedBucketBalance } from './AgedBucketBalance.ts';

/**
 * One line of an aging report: the aged balances of a set of items in one currency (or converted to
 * the reporting currency), exact.
 */
export interface AgedBalance {
  /** The ISO 4217 code all amounts of the line are in. */
  readonly currency: string;
  /** One entry per bucket of the scheme, in the scheme's order; the balances sum exactly to `balance`. */
  readonly buckets: readonly AgedBucketBalance[];
  /** The counted open balance: the sum of the bucket balances. */
  readonly balance: Decimal;
  /** The disputed part of the open items. */
  readonly disputed: Decimal;
  /** How many open items. */
  readonly count: number;
  /** The counted balance of the items with days past due > 0 (逾期余额, spec §2.5). */
  readonly overdue: Decimal;
  /** `overdue` without its disputed part. */
  readonly overdueExcludingDisputed: Decimal;
  /** Unapplied cash and credit on account, shown beside and never netted against the balance. */
  readonly unapplied: Decimal;
  /** The greatest days past due of a counted item; `null` when there is none. */
  readonly oldestDaysPastDue: number | null;
  /**
   * The amount-weighted average days past due, `Σ counted × dpd ÷ Σ counted`, rounded to 2 decimals;
   * items not yet due count with their negative days past due. `null` when nothing is counted.
   */
  readonly weightedAverageDaysPastDue: Decimal | null;
}
