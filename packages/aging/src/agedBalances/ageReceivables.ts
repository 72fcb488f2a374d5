import type { Portfolio } from '@receivables/core';
import type { AllocationStrategy } from '../openItems/AllocationStrategy.ts';
import { computeOpenItems } from '../openItems/computeOpenItems.ts';
import type { AgingReport } from './AgingReport.ts';
import { addOpenItems } from './addOpenItems.ts';
import { addUnappliedCredit } from './addUnappliedCredit.ts';
import { type AgingResultOptions, agingResult } from './agingResult.ts';
import { type AgingAccumulatorOptions, createAgingAccumulator } from './createAgingAccumulator.ts';

/** Options of {@link ageReceivables}: those of the accumulator (bar `customers`), the allocation and the result. */
export interface AgeReceivablesOptions
  extends Omit<AgingAccumulatorOptions, 'customers'>,
    AgingResultOptions {
  /**
   * How unnamed payments and credit notes are applied (see `computeOpenItems`).
   * @defaultValue `'oldestDue'`
   */
  readonly allocation?: AllocationStrategy;
}

/**
 * Ages a portfolio as of a date: `computeOpenItems`, then one accumulator pass over the open items and
 * unapplied lines (with the portfolio's customers for `groupBy`), then `agingResult`. The same report
 * as any split of those items over accumulators merged with `mergeAgingAccumulators`.
 *
 * @param portfolio - A validated portfolio (see `parsePortfolio`).
 * @param options - `asOf`, basis, bucket scheme, grouping tags, disputed treatment, allocation, and the
 *   optional reporting currency with its rates and rounding.
 * @returns The aging report.
 * @throws {ReceivablesError} What `computeOpenItems`, `createAgingAccumulator` and `agingResult` throw:
 *   `INVALID_DATE`, `INVALID_ARGUMENT`, `INVALID_BUCKET_SCHEME`, `MISSING_EXCHANGE_RATE`, `INVALID_RATE`.
 *
 * @example
 * ```ts
 * import { ageReceivables, chineseAnnualBuckets } from '@receivables/aging';
 * import { parsePortfolio } from '@receivables/core';
 *
 * const portfolio = parsePortfolio({
 *   customers: [
 *     { id: 'C1', name: 'Hengda Trading', tags: { region: 'East' } },
 *     { id: 'C2', name: 'Lianhua Foods', tags: { region: 'North' } },
 *   ],
 *   invoices: [
 *     { id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2024-03-01', dueDate: '2024-04-01', amount: '8000.00' },
 *     { id: 'INV-2', customerId: 'C2', currency: 'CNY', issueDate: '2026-05-10', dueDate: '2026-06-10', amount: '3000.00' },
 *   ],
 * });
 * const report = ageReceivables(portfolio, { asOf: '2026-06-30', buckets: chineseAnnualBuckets, groupBy: ['region'] });
 * console.log(report.basis, report.currencies[0]?.buckets.map((bucket) => bucket.balance.toFixed(0))); // documentDate ["3000","0","8000","0","0","0"]
 * console.log(report.groups.map((group) => `${group.value} ${group.balance.toFixed(2)}`)); // ["East 8000.00","North 3000.00"]
 * ```
 */
export function ageReceivables(portfolio: Portfolio, options: AgeReceivablesOptions): AgingReport {
  const { allocation, reportingCurrency, rates, rounding, ...accumulatorOptions } = options;
  const open = computeOpenItems(portfolio, {
    asOf: options.asOf,
    ...(allocation === undefined ? {} : { allocation }),
  });
  const accumulator = createAgingAccumulator({ ...accumulatorOptions, customers: portfolio.customers });
  addOpenItems(accumulator, open.items);
  for (const credit of open.unapplied) addUnappliedCredit(accumulator, credit);
  return agingResult(accumulator, {
    ...(reportingCurrency === undefined ? {} : { reportingCurrency }),
    ...(rates === undefined ? {} : { rates }),
    ...(rounding === undefined ? {} : { rounding }),
  });
}
