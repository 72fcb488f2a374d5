import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';

/** The stable reason code and text reported when a factor lowers the score. */
export interface FactorReason {
  /** Stable code for systems and letters, e.g. `LOW_LIQUIDITY`. */
  readonly code: string;
  readonly label: LocalizedLabel;
}
