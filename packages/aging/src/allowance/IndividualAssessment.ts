import type { AmountInput } from '@receivables/core';

/**
 * A receivable whose allowance is assessed on its own (单项计提: a bankrupt debtor, a dispute in court)
 * rather than by the matrix (spec §2.3). Its amount leaves its bucket's matrix line and it carries the
 * allowance given here instead. Give exactly one of `allowance` and `rate`.
 */
export interface IndividualAssessment {
  /** Identifies the item in the result, e.g. an invoice number or a customer id. */
  readonly id: string;
  /** The bucket the item is aged in; its amount is taken out of that bucket's balance. */
  readonly bucketId: string;
  /** The item's balance, more than zero and at most what its bucket holds in total. */
  readonly amount: AmountInput;
  /** The allowance assessed, from zero up to `amount`, at the currency's minor unit. */
  readonly allowance?: AmountInput | undefined;
  /** The expected loss as a decimal fraction from 0 to 1 (`'1'` for a debtor in liquidation). */
  readonly rate?: AmountInput | undefined;
  /** Why the item is assessed individually, for the working papers. */
  readonly reason?: string | undefined;
}
