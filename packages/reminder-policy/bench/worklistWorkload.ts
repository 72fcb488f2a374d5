import {
  addOpenItems,
  agingResult,
  computeOpenItems,
  createAgingAccumulator,
  thirtyDayBuckets,
} from '@receivables/aging';
import type { IsoDate, Portfolio } from '@receivables/core';
import { generatePortfolio } from '@receivables/testing';
import { defaultReminderPolicy, worklist } from '../src/index.ts';

/** The benchmark's today: the generated portfolio is seen as of this day. */
export const BENCH_AS_OF: IsoDate = '2026-06-30';

/** A short history keeps most generated invoices open, so a million open items need fewer invoices. */
const SPAN_DAYS = 150;

/**
 * A generated portfolio with about `openItems` open instalments as of {@link BENCH_AS_OF}: invoices
 * are generated in one batch, aged once, and the count reported, so the comparison states its size.
 */
export function generateWorkload(invoices: number): { portfolio: Portfolio; openItems: number } {
  const portfolio = generatePortfolio({
    seed: 20261122,
    customers: Math.ceil(invoices / 20),
    invoices,
    asOf: BENCH_AS_OF,
    spanDays: SPAN_DAYS,
  });
  return { portfolio, openItems: computeOpenItems(portfolio, { asOf: BENCH_AS_OF }).items.length };
}

/** Today's worklist under the default policy, from the portfolio (open items computed inside). */
export function runWorklist(portfolio: Portfolio): number {
  return worklist(defaultReminderPolicy, portfolio, { asOf: BENCH_AS_OF }).length;
}

/** Aging the same portfolio: open items, then the exact accumulator and its report. */
export function runAging(portfolio: Portfolio): number {
  const { items } = computeOpenItems(portfolio, { asOf: BENCH_AS_OF });
  const accumulator = createAgingAccumulator({ asOf: BENCH_AS_OF, buckets: thirtyDayBuckets });
  return agingResult(addOpenItems(accumulator, items)).customers.length;
}
