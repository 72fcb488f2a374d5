import type { AmountInput } from '@receivables/core';

/** The order `decideCredit` decides on. */
export interface CreditOrder {
  /** The order's id, for the caller's records. */
  readonly id?: string;
  /** The order's value, zero or more, in the context's currency. */
  readonly amount: AmountInput;
}
