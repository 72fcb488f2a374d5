import type { Decimal } from 'decimal.js';

/** What one bucket of a scheme holds for a line of the aging report. */
export interface AgedBucketBalance {
  /** The bucket's id in the scheme, e.g. `d31to60` or `y1to2`. */
  readonly bucketId: string;
  /** The counted open amount (without disputed parts when they are excluded). */
  readonly balance: Decimal;
  /** The disputed part of the items in the bucket, shown beside the balance. */
  readonly disputed: Decimal;
  /** How many open items (instalments) fall in the bucket. */
  readonly count: number;
}
