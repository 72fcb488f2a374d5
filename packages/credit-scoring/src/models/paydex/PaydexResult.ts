import type { Decimal } from 'decimal.js';
import type { PaydexBand } from './PaydexBand.ts';

/** What `paydexScore` finds: the amount-weighted index, its band, and what it was weighed from. */
export interface PaydexResult {
  /** `Σ(amount × index) ÷ Σ amount`, exact to 60 significant digits and not rounded: round it for display. */
  readonly score: Decimal;
  /** The band of `score`: `low` from 80, `medium` from 50, `high` below. */
  readonly band: PaydexBand;
  /** `Σ amount`, the weight behind the score. */
  readonly totalAmount: Decimal;
  /** How many experiences were weighed, including those with a zero amount. */
  readonly experienceCount: number;
}
