import { currencyMinorUnits, type RoundingMode } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { AgedBalance } from '../agedBalances/AgedBalance.ts';
import type { AgedBucketBalance } from '../agedBalances/AgedBucketBalance.ts';
import type { AgingCell } from '../agedBalances/AgingCell.ts';
import type { DisputedTreatment } from '../agedBalances/DisputedTreatment.ts';
import type { BucketScheme } from '../buckets/BucketScheme.ts';
import { agedBalancesValue } from './agedBalancesCell.ts';
import { agedBalancesMinorDecimal } from './agedBalancesMinorDecimal.ts';
import { agedBalancesRoundedRatio } from './agedBalancesRoundedRatio.ts';

/** What every line of a report is built from. @internal */
export interface AgedBalancesLineContext {
  readonly scheme: BucketScheme;
  readonly disputed: DisputedTreatment;
  readonly rounding: RoundingMode;
}

/**
 * One report line in the cell's own currency. Every figure is a whole number of minor units, so
 * nothing is rounded except the average days past due (to 2 decimals).
 *
 * Formulas (spec §2.5 for overdue): balance = Σ bucket balances; overdue excluding disputed =
 * overdue − its disputed part (or overdue itself when disputed amounts are already excluded);
 * weighted average days past due = Σ counted × dpd ÷ Σ counted.
 *
 * A report has a line per customer and currency, tens of thousands for a large ledger, so this builds
 * each object once with a fixed shape and no closures.
 *
 * @internal
 */
export function agedBalancesLine(
  cell: AgingCell,
  currency: string,
  context: AgedBalancesLineContext,
): AgedBalance {
  const digits = currencyMinorUnits(currency);
  const { buckets: schemeBuckets } = context.scheme;
  const n = schemeBuckets.length;
  const buckets: AgedBucketBalance[] = [];
  let count = 0;
  for (let index = 0; index < n; index++) {
    const bucketCount = cell.sums[2 * n + index]!;
    count += bucketCount;
    buckets.push({
      bucketId: schemeBuckets[index]!.id,
      balance: agedBalancesMinorDecimal(agedBalancesValue(cell, index), digits),
      disputed: agedBalancesMinorDecimal(agedBalancesValue(cell, n + index), digits),
      count: bucketCount,
    });
  }
  const balance = exactSum(cell, 0, n);
  const overdueMinor = agedBalancesValue(cell, 3 * n);
  const overdueDisputed = context.disputed === 'exclude' ? 0 : agedBalancesValue(cell, 3 * n + 1);
  const overdue = agedBalancesMinorDecimal(overdueMinor, digits);
  return {
    currency,
    buckets,
    balance: agedBalancesMinorDecimal(balance, digits),
    disputed: agedBalancesMinorDecimal(exactSum(cell, n, n), digits),
    count,
    overdue,
    // Decimals are immutable, so an unchanged figure can share its instance.
    overdueExcludingDisputed:
      overdueDisputed === 0 || overdueDisputed === 0n
        ? overdue
        : agedBalancesMinorDecimal(difference(overdueMinor, overdueDisputed), digits),
    unapplied: agedBalancesMinorDecimal(agedBalancesValue(cell, 3 * n + 3), digits),
    oldestDaysPastDue: cell.oldest === Number.NEGATIVE_INFINITY ? null : cell.oldest,
    weightedAverageDaysPastDue: averageOf(agedBalancesValue(cell, 3 * n + 2), balance, context.rounding),
  };
}

function averageOf(
  weightedDays: number | bigint,
  balance: number | bigint,
  rounding: RoundingMode,
): Decimal | null {
  return balance === 0 || balance === 0n ? null : agedBalancesRoundedRatio(weightedDays, balance, rounding);
}

function difference(a: number | bigint, b: number | bigint): number | bigint {
  return typeof a === 'number' && typeof b === 'number' ? a - b : BigInt(a) - BigInt(b);
}

/** The exact sum of `count` slots from `first`: a number while it stays safe, else a bigint. */
function exactSum(cell: AgingCell, first: number, count: number): number | bigint {
  if (cell.overflow !== undefined) return bigSum(cell, first, count);
  let total = 0;
  for (let slot = first; slot < first + count; slot++) total += cell.sums[slot]!;
  // The slots are never negative, so a final total inside the safe range had exact partial sums.
  return Number.isSafeInteger(total) ? total : bigSum(cell, first, count);
}

function bigSum(cell: AgingCell, first: number, count: number): bigint {
  let total = 0n;
  for (let slot = first; slot < first + count; slot++) total += BigInt(agedBalancesValue(cell, slot));
  return total;
}
