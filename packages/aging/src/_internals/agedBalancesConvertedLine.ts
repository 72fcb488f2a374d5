import { currencyMinorUnits, decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { AgedBalance } from '../agedBalances/AgedBalance.ts';
import type { AgingCell } from '../agedBalances/AgingCell.ts';
import { agedBalancesValue } from './agedBalancesCell.ts';
import type { AgedBalancesLineContext } from './agedBalancesLine.ts';
import { agedBalancesRoundFooting } from './agedBalancesRoundFooting.ts';

/** One currency's part of a converted line. @internal */
export interface AgedBalancesPart {
  readonly currency: string;
  readonly cell: AgingCell;
}

/** The reporting currency and the rate of every currency present. @internal */
export interface AgedBalancesConversion {
  readonly currency: string;
  readonly rates: Readonly<Record<string, Decimal>>;
}

/**
 * One report line converted to the reporting currency: each currency's exact figures times its rate,
 * added exactly, then rounded once to the reporting currency's minor unit. The bucket balances (and the
 * disputed parts) are split from their once-rounded total by largest remainder, so they still add up
 * to it; the average days past due is weighted by the converted amounts.
 *
 * @internal
 */
export function agedBalancesConvertedLine(
  parts: readonly AgedBalancesPart[],
  conversion: AgedBalancesConversion,
  context: AgedBalancesLineContext,
  api: string,
): AgedBalance {
  const n = context.scheme.buckets.length;
  const size = 3 * n + 4;
  const exact: Decimal[] = Array.from({ length: size }, () => decimal(0));
  const counts: number[] = new Array<number>(n).fill(0);
  let oldest = Number.NEGATIVE_INFINITY;
  for (const { currency, cell } of parts) {
    const perMinor = conversion.rates[currency]!.div(decimal(`1e${currencyMinorUnits(currency)}`));
    for (let slot = 0; slot < size; slot++) {
      // Counts are not money: they add as they are.
      if (slot >= 2 * n && slot < 3 * n) continue;
      const value = agedBalancesValue(cell, slot);
      if (value !== 0) exact[slot] = exact[slot]!.plus(perMinor.times(String(value)));
    }
    for (let index = 0; index < n; index++) counts[index]! += cell.sums[2 * n + index]!;
    if (cell.oldest > oldest) oldest = cell.oldest;
  }
  const digits = currencyMinorUnits(conversion.currency);
  const round = (value: Decimal): Decimal => context.rounding(value, digits);
  const balances = agedBalancesRoundFooting(exact.slice(0, n), digits, context.rounding, api);
  const disputed = agedBalancesRoundFooting(exact.slice(n, 2 * n), digits, context.rounding, api);
  const exactBalance = exact.slice(0, n).reduce((sum, value) => sum.plus(value), decimal(0));
  const overdue = exact[3 * n]!;
  return {
    currency: conversion.currency,
    buckets: context.scheme.buckets.map((bucket, index) => ({
      bucketId: bucket.id,
      balance: balances.parts[index]!,
      disputed: disputed.parts[index]!,
      count: counts[index]!,
    })),
    balance: balances.total,
    disputed: disputed.total,
    count: counts.reduce((sum, count) => sum + count, 0),
    overdue: round(overdue),
    overdueExcludingDisputed: round(
      context.disputed === 'exclude' ? overdue : overdue.minus(exact[3 * n + 1]!),
    ),
    unapplied: round(exact[3 * n + 3]!),
    oldestDaysPastDue: oldest === Number.NEGATIVE_INFINITY ? null : oldest,
    weightedAverageDaysPastDue: exactBalance.isZero()
      ? null
      : context.rounding(exact[3 * n + 2]!.div(exactBalance), 2),
  };
}
