import type { AmountInput } from '@receivables/core';

/**
 * What `assessRiskTier` knows about a customer. Every fact is optional: a fact left out cannot fire its
 * triggers, and the assessment lists it as unevaluated rather than assuming it is harmless.
 */
export interface RiskFacts {
  /** The greatest days past due of an open item; 0 or less when nothing is overdue. */
  readonly daysPastDue?: number;
  /** Open receivables plus unshipped orders; with `limit`, gives the utilisation. */
  readonly exposure?: AmountInput;
  /** The credit limit; with `exposure`, gives the utilisation. */
  readonly limit?: AmountInput;
  /** Distinct danger signals in the window, e.g. `countDangerSignals(...).count`. */
  readonly signalCount?: number;
  /** How many of those are critical, e.g. `countDangerSignals(...).criticalCount`. */
  readonly criticalSignalCount?: number;
  /** Broken payment promises in the period under review. */
  readonly brokenPromises?: number;
  /** Days until the limitation period of the oldest debt ends; negative once it has ended. */
  readonly daysToLimitationExpiry?: number;
}
