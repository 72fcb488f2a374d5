import type { Decimal } from 'decimal.js';

/**
 * Writes a rate as an exact percentage with at least one decimal, for explanations: 0.42 → `42.0%`,
 * 0.123456 → `12.3456%`. Nothing is rounded, so the figures of an explanation multiply out.
 *
 * @internal
 */
export function allowancePercent(rate: Decimal): string {
  const percent = rate.times(100);
  return `${percent.toFixed(Math.max(1, percent.decimalPlaces()))}%`;
}
