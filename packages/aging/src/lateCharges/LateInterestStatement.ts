import type { Decimal } from 'decimal.js';
import type { InterestSegment } from './InterestSegment.ts';
import type { LateChargeWarning } from './LateChargeWarning.ts';

/** Late interest on one debt as of a date: the statement lines, the exact and rounded totals, and warnings. */
export interface LateInterestStatement {
  /** The debt's ISO 4217 currency. */
  readonly currency: string;
  /** The runs of days that earned interest, in date order; empty when nothing accrued. */
  readonly segments: readonly InterestSegment[];
  /**
   * The interest before rounding: `Σ balance × rate × days ÷ dayCount` over the segments, with the one
   * division done last (spec §5.2). Exact except that a division by 365 or 360 that does not terminate is
   * carried to 60 significant digits.
   */
  readonly exactTotal: Decimal;
  /** `exactTotal` rounded once to the currency's minor unit with the chosen rounding mode. */
  readonly total: Decimal;
  /** Findings about the rate or the amount; see {@link LateChargeWarning}. */
  readonly warnings: readonly LateChargeWarning[];
}
