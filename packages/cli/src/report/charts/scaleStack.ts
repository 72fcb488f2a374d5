import { decimal } from '@receivables/core';
import Decimal from 'decimal.js';

/** Where one stacked segment starts (from the baseline) and how long it is, in chart units with 2 decimals. @internal */
export interface ScaledSegment {
  readonly offset: string;
  readonly length: string;
}

/**
 * Scales the segments of one stacked bar to a length in chart units: the running totals are scaled
 * exactly (`total × span ÷ axisMax`) and rounded half-up to 2 decimals, and each segment is the
 * difference of two rounded running totals. So every segment is within 0.01 of its exact share, the
 * segments touch without gaps, and they add up to exactly the rounded length of the whole bar.
 *
 * @param values - The segments' values from the baseline outwards, each zero or more.
 * @param axisMax - The value drawn at full `span`, positive.
 * @param span - The length of the axis in chart units.
 * @returns One offset and length per value, as decimal strings with 2 decimals.
 * @internal
 */
export function scaleStack(values: readonly Decimal[], axisMax: Decimal, span: number): ScaledSegment[] {
  const segments: ScaledSegment[] = [];
  let total = decimal(0);
  let start = decimal(0);
  for (const value of values) {
    total = total.plus(value);
    const end = total.times(span).div(axisMax).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    segments.push({ offset: start.toFixed(2), length: end.minus(start).toFixed(2) });
    start = end;
  }
  return segments;
}
