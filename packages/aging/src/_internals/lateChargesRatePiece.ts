import type { Decimal } from 'decimal.js';
import type { SegmentReference } from '../lateCharges/InterestSegment.ts';

/**
 * A run of days at one rate: the rate of the rate's own kind (a year for annual and reference rates,
 * a day for daily ones), and the reference behind it.
 *
 * @internal
 */
export interface LateChargesRatePiece {
  readonly from: number;
  readonly to: number;
  readonly rate: Decimal;
  readonly reference: SegmentReference | undefined;
}
