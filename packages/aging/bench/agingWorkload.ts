import { type IsoDate, toDayNumber } from '@receivables/core';
import { generatePortfolio } from '@receivables/testing';
import { type BucketScheme, computeOpenItems, type OpenItem } from '../src/index.ts';

/** The day every benchmark ages to: the generator's default `asOf`. */
export const BENCH_AS_OF: IsoDate = '2026-06-30';

/**
 * `count` open items from the shared seeded generator: a portfolio of 10,000 customers whose
 * instalments are all taken as open (payments and credit notes left out, disputes kept), so that
 * a million items come from about 770,000 invoices rather than the several million it would take for
 * that many to be still unpaid. Dates, amounts, currencies, instalment plans and disputes keep the
 * generator's realistic mix.
 */
export function generateOpenItems(count: number): OpenItem[] {
  const invoices = Math.ceil(count / 1.3);
  const portfolio = generatePortfolio({ seed: 20_261_122, customers: 10_000, invoices, asOf: BENCH_AS_OF });
  const { items } = computeOpenItems({ ...portfolio, payments: [], creditNotes: [] }, { asOf: BENCH_AS_OF });
  if (items.length < count)
    throw new Error(`the generator gave ${items.length} open items, fewer than ${count}`);
  return items.slice(0, count);
}

/** The plain loop's figures for one customer and currency: float sums of major units. */
export interface PlainCell {
  readonly sums: Float64Array;
  oldest: number;
}

/**
 * The baseline: the same bucket logic, the same per-customer-and-currency figures (bucket balances,
 * disputed parts and counts, overdue, weighted days, oldest days past due) and the same per-customer
 * report, but with plain float sums of major units, no validation and no overflow handling. This is
 * what a quick hand-written aging loop looks like, and what the exact accumulator is measured against.
 */
export function plainAging(
  items: readonly OpenItem[],
  asOf: IsoDate,
  scheme: BucketScheme,
): PlainReportLine[] {
  const asOfDay = toDayNumber(asOf);
  const upper = scheme.buckets.map((bucket) => bucket.to ?? Number.POSITIVE_INFINITY);
  const n = upper.length;
  const cells = new Map<string, Map<string, PlainCell>>();
  for (const item of items) {
    const daysPastDue = asOfDay - toDayNumber(item.dueDate);
    let bucket = 0;
    while (daysPastDue > upper[bucket]!) bucket++;
    let byCurrency = cells.get(item.customerId);
    if (byCurrency === undefined) {
      byCurrency = new Map();
      cells.set(item.customerId, byCurrency);
    }
    let cell = byCurrency.get(item.currency);
    if (cell === undefined) {
      cell = { sums: new Float64Array(3 * n + 4), oldest: Number.NEGATIVE_INFINITY };
      byCurrency.set(item.currency, cell);
    }
    const open = item.openMinor / 100;
    const disputed = item.disputedMinor / 100;
    const sums = cell.sums;
    sums[bucket]! += open;
    sums[n + bucket]! += disputed;
    sums[2 * n + bucket]!++;
    if (daysPastDue > 0) {
      sums[3 * n]! += open;
      sums[3 * n + 1]! += disputed;
    }
    sums[3 * n + 2]! += open * daysPastDue;
    if (daysPastDue > cell.oldest) cell.oldest = daysPastDue;
  }
  const report: PlainReportLine[] = [];
  for (const [customerId, byCurrency] of cells) {
    for (const [currency, cell] of byCurrency) report.push(plainLine(customerId, currency, cell, n));
  }
  return report;
}

/** One line of the plain loop's report. */
export interface PlainReportLine {
  readonly customerId: string;
  readonly currency: string;
  readonly buckets: number[];
  readonly balance: number;
  readonly overdue: number;
  readonly overdueExcludingDisputed: number;
  readonly oldestDaysPastDue: number;
  readonly weightedAverageDaysPastDue: number;
}

function plainLine(customerId: string, currency: string, cell: PlainCell, n: number): PlainReportLine {
  const { sums } = cell;
  const buckets = Array.from(sums.subarray(0, n));
  const balance = buckets.reduce((total, value) => total + value, 0);
  return {
    customerId,
    currency,
    buckets,
    balance,
    overdue: sums[3 * n]!,
    overdueExcludingDisputed: sums[3 * n]! - sums[3 * n + 1]!,
    oldestDaysPastDue: cell.oldest,
    weightedAverageDaysPastDue: sums[3 * n + 2]! / balance,
  };
}
