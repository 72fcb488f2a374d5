/**
 * An aging report for a generated portfolio: open items as of a month-end, aged by days past due and
 * in the Chinese annual scheme, with per-customer detail, per-salesperson totals, unapplied cash and
 * a total in one reporting currency.
 *
 *   npx tsx --conditions=@receivables/source examples/aging-report.ts
 */
import {
  type AgedBalance,
  ageReceivables,
  type BucketScheme,
  chineseAnnualBuckets,
  computeOpenItems,
  managementBuckets,
} from '@receivables/aging';
import { generatePortfolio } from '@receivables/testing';
import { formatAmount as amount, printTable as table } from './format/printTable.ts';

const asOf = '2026-06-30';
const portfolio = generatePortfolio({ seed: 42, customers: 40, invoices: 1_500, asOf });

function bucketRow(name: string, line: AgedBalance): string[] {
  return [name, ...line.buckets.map((bucket) => amount(bucket.balance)), amount(line.balance)];
}

function labels(scheme: BucketScheme, locale: 'en' | 'zh-CN'): string[] {
  return scheme.buckets.map((bucket) => bucket.label[locale]);
}

// 1. What is open, and what sits on account.
const open = computeOpenItems(portfolio, { asOf });
console.log(
  `Aging as of ${asOf}: ${portfolio.invoices.length} invoices, ${open.items.length} open instalments`,
);
table(
  'Reconciliation per currency (open + applied = invoiced; applied + unapplied = received + credited)',
  ['currency', 'invoiced', 'received', 'credited', 'applied', 'open', 'disputed', 'unapplied'],
  open.totals.map((line) => [
    line.currency,
    ...[
      line.invoiced,
      line.received,
      line.credited,
      line.applied,
      line.open,
      line.disputed,
      line.unapplied,
    ].map((value) => amount(value)),
  ]),
);

// 2. Days past due in the management scheme, per currency, per salesperson, and in CNY overall.
const byDue = ageReceivables(portfolio, {
  asOf,
  buckets: managementBuckets,
  groupBy: ['salesperson'],
  reportingCurrency: 'CNY',
  rates: { USD: '7.1234' },
});
table(
  'Days past due (management scheme)',
  ['', ...labels(managementBuckets, 'en'), 'Total'],
  [
    ...byDue.currencies.map((line) => bucketRow(line.currency, line)),
    ...(byDue.reporting
      ? [bucketRow(`all in CNY (USD at ${byDue.reporting.rates.USD})`, byDue.reporting.total)]
      : []),
  ],
);
table(
  'By salesperson, in CNY',
  ['salesperson', 'balance', 'overdue', 'overdue excl. disputed', 'unapplied'],
  (byDue.reporting?.groups ?? []).map((line) => [
    line.value ?? '(none)',
    amount(line.balance),
    amount(line.overdue),
    amount(line.overdueExcludingDisputed),
    amount(line.unapplied),
  ]),
);
const worst = [...byDue.customers].sort((a, b) => b.overdue.comparedTo(a.overdue)).slice(0, 8);
table(
  'Customers with the most overdue',
  [
    'customer',
    'currency',
    'balance',
    'overdue',
    'disputed',
    'oldest dpd',
    'avg dpd (by amount)',
    'unapplied',
  ],
  worst.map((line) => [
    line.customerId,
    line.currency,
    amount(line.balance),
    amount(line.overdue),
    amount(line.disputed),
    String(line.oldestDaysPastDue ?? '-'),
    line.weightedAverageDaysPastDue?.toFixed(2) ?? '-',
    amount(line.unapplied),
  ]),
);

// 3. 账龄 (age from the invoice date) in calendar years, as A-share reports disclose it.
const byAge = ageReceivables(portfolio, { asOf, buckets: chineseAnnualBuckets });
table(
  '账龄 Age by invoice date (Chinese annual scheme)',
  ['', ...labels(chineseAnnualBuckets, 'zh-CN'), '合计 Total'],
  byAge.currencies.map((line) => bucketRow(line.currency, line)),
);
