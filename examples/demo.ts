/**
 * The suite's main job on the bundled sample data: what a collections manager wants to see at the
 * start of the day. Aged balances by bucket, the customers who owe the most overdue with their risk
 * tier and the measures it calls for, and the headline receivables KPIs.
 *
 *   pnpm demo
 *
 * The sample portfolio is generated from a fixed seed, so every machine prints the same figures.
 */
import {
  ageReceivables,
  computeOpenItems,
  longOverdueShare,
  managementBuckets,
  overdueRate,
} from '@receivables/aging';
import { decimal } from '@receivables/core';
import { assessRiskTier } from '@receivables/credit-scoring';
import { generatePortfolio } from '@receivables/testing';
import { formatAmount, printTable } from './format/printTable.ts';

const asOf = '2026-06-30';
const portfolio = generatePortfolio({ seed: 20261122, customers: 50, invoices: 500, asOf });
const names = new Map(portfolio.customers.map((customer) => [customer.id, customer.name]));

console.log(
  `receivables demo: ${portfolio.customers.length} customers, ${portfolio.invoices.length} invoices, as of ${asOf}`,
);

// 1. Aged balances by days past due, per currency (never mixed), and all in CNY at a given rate.
const report = ageReceivables(portfolio, {
  asOf,
  buckets: managementBuckets,
  reportingCurrency: 'CNY',
  rates: { USD: '7.1234' },
});
const bucketHeader = ['', ...managementBuckets.buckets.map((bucket) => bucket.label.en), 'Total'];
printTable('Aged balances (days past due)', bucketHeader, [
  ...report.currencies.map((line) => [
    line.currency,
    ...line.buckets.map((bucket) => formatAmount(bucket.balance)),
    formatAmount(line.balance),
  ]),
  ...(report.reporting
    ? [
        [
          'all in CNY',
          ...report.reporting.total.buckets.map((bucket) => formatAmount(bucket.balance)),
          formatAmount(report.reporting.total.balance),
        ],
      ]
    : []),
]);

// 2. KPIs on the reporting-currency total.
const total = report.reporting?.total;
if (total) {
  const over90 = total.buckets
    .filter((bucket) => ['d91to180', 'd181to365', 'over365'].includes(bucket.bucketId))
    .reduce((sum, bucket) => sum.plus(bucket.balance), decimal(0));
  const rate = overdueRate({ overdue: total.overdue, total: total.balance });
  const longShare = longOverdueShare({ longOverdue: over90, total: total.balance });
  console.log(
    `\nOverdue rate ${rate.times(100).toFixed(1)}% · share over 90 days ${longShare.times(100).toFixed(1)}% · unapplied cash CNY ${formatAmount(total.unapplied)}`,
  );
}

// 3. Whom to worry about: the largest overdue balances, with the risk tier their facts call for.
const brokenPromises = new Map<string, number>();
for (const promise of portfolio.promises) {
  if (promise.status === 'broken') {
    brokenPromises.set(promise.customerId, (brokenPromises.get(promise.customerId) ?? 0) + 1);
  }
}
const open = computeOpenItems(portfolio, { asOf });
const worst = [...report.customers]
  .filter((line) => line.overdue.greaterThan(0))
  .sort((a, b) => b.overdue.comparedTo(a.overdue) || a.customerId.localeCompare(b.customerId))
  .slice(0, 10);
printTable(
  'Largest overdue balances and their risk tier',
  ['customer', 'currency', 'overdue', 'oldest dpd', 'broken promises', 'tier', 'first measures'],
  worst.map((line) => {
    const assessment = assessRiskTier({
      daysPastDue: line.oldestDaysPastDue ?? 0,
      brokenPromises: brokenPromises.get(line.customerId) ?? 0,
    });
    return [
      `${line.customerId} ${names.get(line.customerId) ?? ''}`,
      line.currency,
      formatAmount(line.overdue),
      String(line.oldestDaysPastDue ?? '-'),
      String(brokenPromises.get(line.customerId) ?? 0),
      `${assessment.tier} ${assessment.label.en}`,
      assessment.measures
        .slice(0, 2)
        .map((measure) => measure.label.en)
        .join('; '),
    ];
  }),
);
console.log(
  `\n${open.items.length} open instalments, ${open.unapplied.length} unapplied receipts on account.`,
);
