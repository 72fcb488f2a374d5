import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';
import type { RiskTierFact } from './RiskTierFact.ts';

/**
 * A trigger (分级触发) as data: it fires when its fact lies within every bound it sets. At least one
 * bound is set; bounds are finite numbers, fractions for `utilisation`.
 */
export interface RiskTrigger {
  /** Stable id, unique in the table, e.g. `dpd31to60`. */
  readonly id: string;
  readonly fact: RiskTierFact;
  /** Fires only when the fact is strictly above this. */
  readonly greaterThan?: number;
  /** Fires only when the fact is this or more. */
  readonly atLeast?: number;
  /** Fires only when the fact is this or less. */
  readonly atMost?: number;
  /** Fires only when the fact is strictly below this. */
  readonly lessThan?: number;
  readonly label: LocalizedLabel;
}
