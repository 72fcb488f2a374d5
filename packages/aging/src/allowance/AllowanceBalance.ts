import type { AmountInput } from '@receivables/core';

/** The balance of one aging bucket, one line of an aged-balance table. */
export interface AllowanceBalance {
  /** The bucket's id in the scheme the balances were aged with, e.g. `y1to2`. */
  readonly bucketId: string;
  /** The bucket's gross balance, zero or more, in the currency of the call (e.g. `'50000.00'`). */
  readonly amount: AmountInput;
}
