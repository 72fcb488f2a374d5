import type { Decimal } from 'decimal.js';

/**
 * Writes a rate given as a fraction as an exact percentage for messages: 0.0215 → `2.15%`.
 *
 * @internal
 */
export function lateChargesPercent(rate: Decimal): string {
  return `${rate.times(100).toString()}%`;
}
