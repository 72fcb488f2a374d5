import type { Decimal } from 'decimal.js';
import type { CreditLimitCombination } from '../limits/CreditLimitCombination.ts';

/**
 * Combines at least one figure by the named rule: the least, the mean, or the median (the mean of the
 * middle two for an even count).
 *
 * @internal
 */
export function limitsCombine(figures: readonly Decimal[], rule: CreditLimitCombination): Decimal {
  const sorted = [...figures].sort((a, b) => a.comparedTo(b));
  if (rule === 'minimum') return sorted[0]!;
  if (rule === 'average') return sorted.reduce((sum, value) => sum.plus(value)).div(sorted.length);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : sorted[middle - 1]!.plus(sorted[middle]!).div(2);
}
