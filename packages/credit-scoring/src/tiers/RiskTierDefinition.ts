import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';
import type { RiskMeasure } from './RiskMeasure.ts';
import type { RiskTrigger } from './RiskTrigger.ts';

/**
 * One tier of a risk-tier table (分级设定). Tiers are numbered from 0 in order of severity; the first
 * is where customers stand when no trigger fires, so it has none, and each other tier has at least one.
 */
export interface RiskTierDefinition {
  /** 0 for the normal tier, then 1, 2, … by severity. */
  readonly tier: number;
  /** Stable id, e.g. `warning`. */
  readonly id: string;
  readonly label: LocalizedLabel;
  /** Any one of these puts the customer in this tier, unless a trigger of a higher tier fires too. */
  readonly triggers: readonly RiskTrigger[];
  /** What to do with customers in this tier. */
  readonly measures: readonly RiskMeasure[];
}
