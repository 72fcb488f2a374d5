import { decimal } from '@receivables/core';

/**
 * A ratio (0.875) as a table shows it: a percentage with at most two decimals (`87.5%`).
 *
 * @internal
 */
export function formatRatioCell(ratio: number): string {
  return `${decimal(ratio).times(100).toDecimalPlaces(2).toString()}%`;
}
