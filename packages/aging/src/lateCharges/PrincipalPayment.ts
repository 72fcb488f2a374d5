import type { AmountInput, IsoDate } from '@receivables/core';

/**
 * A payment that reduces the principal on which late interest runs. The debt still earns interest for
 * the day of the payment; the lower balance counts from the next day.
 */
export interface PrincipalPayment {
  /** The day the money arrived. */
  readonly date: IsoDate;
  /** The part of the payment applied to principal, in the debt's currency; more than 0. */
  readonly amount: AmountInput;
}
