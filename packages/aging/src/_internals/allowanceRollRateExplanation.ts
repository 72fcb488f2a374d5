import type { Decimal } from 'decimal.js';
import { allowancePercent } from './allowancePercent.ts';

/** The figures behind one bucket's loss rate. @internal */
export interface AllowanceRollRateFigures {
  readonly bucketId: string;
  readonly rollsTo: string | null;
  readonly averaging: 'balanceWeighted' | 'simple';
  /** Undefined when the write-off rate was given rather than observed. */
  readonly months: { readonly used: number; readonly skipped: number } | undefined;
  readonly rollRate: Decimal;
  /** The next bucket's loss rate; undefined for the oldest bucket. */
  readonly nextLossRate: Decimal | undefined;
  readonly lossRate: Decimal;
  readonly factor: Decimal;
  readonly adjustedLossRate: Decimal;
}

/**
 * Writes how a loss rate was derived in one line, with exact figures so that a reader can redo every
 * multiplication, e.g. `d1to30: 50.0% rolls to d31to60 (balance-weighted over 2 months) × 44.0% (loss
 * rate of d31to60) = 22.0%`.
 *
 * @internal
 */
export function allowanceRollRateExplanation(figures: AllowanceRollRateFigures): string {
  const { bucketId, rollsTo, rollRate, nextLossRate, lossRate } = figures;
  const how = source(figures);
  const head =
    rollsTo === null || nextLossRate === undefined
      ? `${bucketId}: ${allowancePercent(rollRate)} written off (${how}); loss rate ${allowancePercent(lossRate)}`
      : `${bucketId}: ${allowancePercent(rollRate)} rolls to ${rollsTo} (${how}) × ${allowancePercent(nextLossRate)} (loss rate of ${rollsTo}) = ${result(rollRate.times(nextLossRate), lossRate)}`;
  return `${head}${adjustment(figures)}`;
}

function source(figures: AllowanceRollRateFigures): string {
  if (figures.months === undefined) return 'given';
  const { used, skipped } = figures.months;
  const kind = figures.averaging === 'simple' ? 'simple average' : 'balance-weighted';
  const over = `${kind} over ${used} month${used === 1 ? '' : 's'}`;
  return skipped === 0
    ? over
    : `${over}; ${skipped} month${skipped === 1 ? '' : 's'} with no balance skipped`;
}

function adjustment(figures: AllowanceRollRateFigures): string {
  const { factor, lossRate, adjustedLossRate } = figures;
  if (factor.equals(1)) return '';
  const product = lossRate.times(factor);
  if (product.greaterThan(1)) {
    return `; × ${factor} forward-looking = ${allowancePercent(product)}, capped at ${allowancePercent(adjustedLossRate)}`;
  }
  return `; × ${factor} forward-looking = ${result(product, adjustedLossRate)}`;
}

function result(exact: Decimal, rounded: Decimal): string {
  return exact.equals(rounded)
    ? allowancePercent(rounded)
    : `${allowancePercent(exact)}, rounded to ${allowancePercent(rounded)}`;
}
