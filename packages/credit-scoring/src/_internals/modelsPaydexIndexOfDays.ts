import { decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { PaydexOptions } from '../models/paydex/PaydexOptions.ts';
import { paydexAnchors } from '../models/paydex/paydexAnchors.ts';
import { modelsReadRate } from './modelsReadRate.ts';

const FIRST = paydexAnchors[0]!;
const LAST = paydexAnchors[paydexAnchors.length - 1]!;

/**
 * The least common multiple of the anchors' day spans (10, 20, 15, 7, 8, 30): every interpolated index
 * times this is a whole number, so sums of indices stay exact and only the final division rounds.
 *
 * @internal
 */
export const PAYDEX_SCALE = 840;

/**
 * The index of a whole number of days beyond terms times {@link PAYDEX_SCALE}, exactly: the anchor's
 * index, a linear interpolation between the two anchors around the days, or the fall after the last
 * anchor stopped at the floor of 1. Scaling keeps thirds and sevenths exact until the caller divides.
 *
 * @internal
 */
export function paydexScaledIndex(days: number, slopeAfterLastAnchor: Decimal): Decimal {
  if (days <= FIRST.daysBeyondTerms) return decimal(FIRST.index * PAYDEX_SCALE);
  if (days >= LAST.daysBeyondTerms) {
    const fallen = decimal(LAST.index).minus(slopeAfterLastAnchor.times(days - LAST.daysBeyondTerms));
    return (fallen.lessThan(1) ? decimal(1) : fallen).times(PAYDEX_SCALE);
  }
  let lower = FIRST;
  for (const upper of paydexAnchors) {
    if (days <= upper.daysBeyondTerms) {
      const run = upper.daysBeyondTerms - lower.daysBeyondTerms;
      const rise = (upper.index - lower.index) * (days - lower.daysBeyondTerms);
      return decimal(lower.index * PAYDEX_SCALE + (rise * PAYDEX_SCALE) / run);
    }
    lower = upper;
  }
  return decimal(LAST.index * PAYDEX_SCALE);
}

/**
 * Reads `pointsPerDayAfterLastAnchor`, defaulting to one point per 10 days.
 *
 * @internal
 */
export function paydexReadSlope(options: PaydexOptions, api: string): Decimal {
  const slope = options.pointsPerDayAfterLastAnchor ?? '0.1';
  return modelsReadRate(slope, api, 'pointsPerDayAfterLastAnchor');
}
