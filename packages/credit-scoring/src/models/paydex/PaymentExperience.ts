import type { AmountInput } from '@receivables/core';

/**
 * One payment experience (付款记录): an amount the customer paid, or still owes past its due date, and
 * how many days beyond terms it was paid (negative when early), as the payment-behaviour index weighs it.
 */
export interface PaymentExperience {
  /** The amount paid, zero or more; it weights this experience in the index. */
  readonly amount: AmountInput;
  /** Whole days from the due date to payment: `-10` is 10 days early, `0` on time, `45` 45 days late. */
  readonly daysBeyondTerms: number;
}
