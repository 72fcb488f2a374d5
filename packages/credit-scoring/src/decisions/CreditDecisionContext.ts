import type { AmountInput, IsoDate } from '@receivables/core';

/** The policy and the day `decideCredit` decides under. */
export interface CreditDecisionContext {
  /** The currency of every amount, e.g. `CNY`. */
  readonly currency: string;
  /** The day of the decision; needed when open receivables are given as open items, to tell what is overdue. */
  readonly asOf?: IsoDate;
  /**
   * How far exposure may exceed the limit and still be approved, as a fraction of the limit: `'0.10'`
   * approves up to 110% of the limit (noted in the reasons).
   * @defaultValue `0`
   */
  readonly allowedOverrun?: AmountInput;
  /**
   * Overdue amounts up to this are tolerated (e.g. small differences awaiting reconciliation).
   * @defaultValue `0`
   */
  readonly overdueTolerance?: AmountInput;
}
