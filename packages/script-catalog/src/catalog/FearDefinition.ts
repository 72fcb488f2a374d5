import type { DebtorFear } from '../vocabulary/DebtorFear.ts';

/**
 * One of the nine things debtors fear. `formalOnly` fears (suit, asset preservation, the defaulter list,
 * credit records, financing eligibility) may only be raised by the formal tactic at tier 3 or above.
 */
export interface FearDefinition {
  readonly id: DebtorFear;
  readonly formalOnly: boolean;
}
