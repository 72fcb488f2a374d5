import type { Decimal } from 'decimal.js';
import type { CostBenefitLineId } from './CostBenefitLineId.ts';

/** The cost/benefit statement of one credit policy, and how it differs from the baseline. */
export interface CreditPolicyEvaluation {
  readonly id: string;
  /** 平均收现期: `Σ share × day`. */
  readonly averageCollectionDays: Decimal;
  /** Every line of the statement, each zero or more; see `costBenefitLineLabels`. */
  readonly lines: Readonly<Record<CostBenefitLineId, Decimal>>;
  /** Pre-tax profit of the policy: contribution − opportunity cost − inventory interest + payables saving − bad debt − collection − discount. */
  readonly profit: Decimal;
  /** Each line minus the baseline's line (Δ); zeros for the baseline itself. */
  readonly changes: Readonly<Record<CostBenefitLineId, Decimal>>;
  /** 税前损益变化: this policy's profit minus the baseline's. */
  readonly profitChange: Decimal;
}

/** What `compareCreditPolicies` finds: every policy's statement and the policy to adopt. */
export interface CreditPolicyComparison {
  /** The current policy, the first given, that the others are measured against. */
  readonly baselineId: string;
  /** One statement per policy, in the order given. */
  readonly policies: readonly CreditPolicyEvaluation[];
  /** The policy with the largest profit; the baseline unless another raises profit (Δ > 0). */
  readonly bestId: string;
  /** Whether to change policy: `bestId` is not the baseline. */
  readonly adopt: boolean;
}
