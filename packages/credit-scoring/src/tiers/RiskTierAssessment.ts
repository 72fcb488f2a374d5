import type { Decimal } from 'decimal.js';
import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';
import type { RiskMeasure } from './RiskMeasure.ts';
import type { RiskTierFact } from './RiskTierFact.ts';
import type { RiskTrigger } from './RiskTrigger.ts';

/** A trigger that fired, with the tier it belongs to and the value that fired it. */
export interface FiredRiskTrigger {
  readonly tier: number;
  readonly tierId: string;
  readonly trigger: RiskTrigger;
  /** The fact's value as text, e.g. `45` or `1.2`; `unbounded` for exposure against a zero limit. */
  readonly value: string;
}

/** What `assessRiskTier` finds: the tier, why, and what to do. */
export interface RiskTierAssessment {
  /** The highest tier with a trigger that fired; 0 when none did. */
  readonly tier: number;
  readonly id: string;
  readonly label: LocalizedLabel;
  /** Every trigger that fired, of any tier: highest tier first, then in table order. */
  readonly firedTriggers: readonly FiredRiskTrigger[];
  /** The measures of the tier. */
  readonly measures: readonly RiskMeasure[];
  /**
   * Exposure ÷ limit; `'unbounded'` for a positive exposure against a zero limit; `null` when exposure
   * and limit were not given.
   */
  readonly utilisation: Decimal | 'unbounded' | null;
  /** The facts that were not given, whose triggers therefore could not fire. */
  readonly unevaluated: readonly RiskTierFact[];
}
