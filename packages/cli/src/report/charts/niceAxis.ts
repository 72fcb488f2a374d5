import { decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/** A value axis from zero: its top, the distance between gridlines, and the gridline values. @internal */
export interface NiceAxis {
  readonly max: Decimal;
  readonly step: Decimal;
  /** From 0 to `max` inclusive, `step` apart. */
  readonly ticks: readonly Decimal[];
}

const STEP_MULTIPLIERS = ['1', '2', '2.5', '5', '10'];

/**
 * Chooses a round axis for bars from zero up to `max`: the smallest step of 1, 2, 2.5 or 5 times a
 * power of ten that covers `max` in at most `targetTicks` steps, and the top as the first multiple of
 * that step reaching `max`. A zero `max` gives the axis 0–1 so that scales never divide by zero.
 *
 * @param max - The largest value to show, zero or more.
 * @param targetTicks - The most steps wanted (at least 1).
 * @returns The axis, all values exact.
 * @internal
 */
export function niceAxis(max: Decimal, targetTicks = 5): NiceAxis {
  if (max.lessThanOrEqualTo(0)) {
    return { max: decimal(1), step: decimal(1), ticks: [decimal(0), decimal(1)] };
  }
  const rough = max.div(targetTicks);
  const magnitude = decimal(10).pow(rough.log(10).floor());
  let step = magnitude.times(10);
  for (const multiplier of STEP_MULTIPLIERS) {
    const candidate = magnitude.times(multiplier);
    if (max.div(candidate).ceil().lessThanOrEqualTo(targetTicks)) {
      step = candidate;
      break;
    }
  }
  const top = max.div(step).ceil().times(step);
  const ticks: Decimal[] = [];
  for (let tick = decimal(0); tick.lessThanOrEqualTo(top); tick = tick.plus(step)) ticks.push(tick);
  return { max: top, step, ticks };
}
