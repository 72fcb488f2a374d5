import type { Condition } from '../rules/Condition.ts';

/** A ceiling on one factor's points while a condition holds, e.g. continuity at most 40 for a company younger than 2 years. */
export interface FactorCap {
  readonly when: Condition;
  /** The most points the factor may score while `when` holds. */
  readonly atMost: number;
}
