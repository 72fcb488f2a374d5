import type { AmountInput } from '@receivables/core';

/** One group of customers paying the same way under a credit policy, e.g. "50% pay on day 10 and take 2%". */
export interface CreditPaymentPattern {
  /** The share of credit sales paid this way, a fraction; the shares of a policy sum to 1. */
  readonly share: AmountInput;
  /** The day after the sale on which they pay. */
  readonly day: number;
  /**
   * The cash discount they take, a fraction below 1 (`'0.02'` for 2%).
   * @defaultValue `0`
   */
  readonly discountRate?: AmountInput;
}

/**
 * A credit policy (信用政策) to weigh in `compareCreditPolicies`: its expected sales, costs and payment
 * behaviour (spec §1.9). All amounts are for one year, in one currency.
 */
export interface CreditPolicy {
  /** Stable id, e.g. `n/30` or `2/10 n/45`. */
  readonly id: string;
  /** Expected annual credit sales (年赊销额). */
  readonly annualCreditSales: AmountInput;
  /** Variable costs as a fraction of sales (变动成本率). */
  readonly variableCostRatio: AmountInput;
  /** Expected bad debts as a fraction of credit sales (坏账损失率). */
  readonly badDebtRate: AmountInput;
  /** Annual collection cost (收账费用). */
  readonly collectionCost: AmountInput;
  /** How customers pay; the average collection period is `Σ share × day`. */
  readonly payments: readonly CreditPaymentPattern[];
  /**
   * Average inventory in units, for the inventory interest `units × unitVariableCost × capital cost`;
   * give it with `unitVariableCost`.
   * @defaultValue no inventory interest
   */
  readonly averageInventoryUnits?: AmountInput;
  /** The variable cost of one unit of inventory; give it with `averageInventoryUnits`. */
  readonly unitVariableCost?: AmountInput;
  /**
   * Average accounts payable, for the payables saving `payables × capital cost`.
   * @defaultValue no payables saving
   */
  readonly averagePayables?: AmountInput;
}
