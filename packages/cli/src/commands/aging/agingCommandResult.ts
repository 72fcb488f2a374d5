import type { AgedBalance, AgingReport, AllocationStrategy } from '@receivables/aging';
import { currencyMinorUnits } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { CommandResult, OutputColumn, OutputTable } from '../../program/CliCommand.ts';
import type { CliLocale } from '../../program/CliOptions.ts';
import type { AgingOptions } from './AgingOptions.ts';
import { type AgingTexts, agingTexts } from './agingTexts.ts';

/** How the report was made, for the notes and the JSON. @internal */
export interface AgingRun {
  readonly report: AgingReport;
  readonly aging: AgingOptions;
  readonly locale: CliLocale;
  readonly allocation: AllocationStrategy;
  /** In stream mode: the parts read and whether a quoted line break forced one pass. */
  readonly stream: { readonly parts: number; readonly fellBack: boolean } | undefined;
  /** Rows left out under `--skip-invalid`. */
  readonly skippedRows: number;
}

interface Line {
  readonly key: string;
  readonly balance: AgedBalance;
}

/**
 * Turns an aging report into the command's result: one table of the lines by the chosen dimension
 * (currency, customer, group or tag) with a bucket column each (labels in the run's locale), the
 * balance, overdue, disputed and unapplied amounts and the item count, then a total line per currency;
 * a second table with everything converted when a reporting currency was asked for. Amounts are exact
 * decimal texts with all the currency's minor digits. The JSON holds the same figures as decimal strings.
 *
 * @param run - The report and how it was made.
 * @returns The tables and the JSON.
 * @internal
 */
export function agingCommandResult(run: AgingRun): CommandResult {
  const { report, aging } = run;
  const texts = agingTexts(run.locale);
  const dimension = dimensionColumn(aging, texts);
  const lines = linesOf(report, aging, texts);
  const bucketColumns: OutputColumn[] = report.scheme.buckets.map((bucket) => ({
    key: bucket.id,
    label: bucket.label[run.locale],
    align: 'right',
  }));
  const figureColumns: OutputColumn[] = [
    { key: 'balance', label: texts.balance, align: 'right' },
    { key: 'overdue', label: texts.overdue, align: 'right' },
    { key: 'disputed', label: texts.disputed, align: 'right' },
    { key: 'unapplied', label: texts.unapplied, align: 'right' },
    { key: 'count', label: texts.count, align: 'right' },
  ];
  const byCurrency = aging.by.kind === 'currency';
  const columns: OutputColumn[] = [
    ...(byCurrency ? [] : [dimension]),
    { key: 'currency', label: texts.currency },
    ...bucketColumns,
    ...figureColumns,
  ];
  const rows = lines.map((line) => rowOf(line.balance, byCurrency ? {} : { [dimension.key]: line.key }));
  if (!byCurrency) {
    for (const total of report.currencies) rows.push(rowOf(total, { [dimension.key]: texts.total }));
  }
  const notes = [texts.unappliedNote];
  if (run.stream !== undefined) notes.push(texts.streamNote(run.stream.parts, run.stream.fellBack));
  if (run.skippedRows > 0) notes.push(texts.skippedNote(run.skippedRows));
  const tables: OutputTable[] = [
    {
      id: 'agedBalances',
      title: texts.title(report.asOf, texts.schemes[aging.schemeName] ?? aging.schemeName, report.basis),
      columns,
      rows,
      notes,
    },
  ];
  const reporting = report.reporting;
  if (reporting !== undefined) {
    const converted: Line[] =
      aging.by.kind === 'customer'
        ? reporting.customers.map((line) => ({ key: line.customerId, balance: line }))
        : aging.by.kind === 'currency'
          ? []
          : reporting.groups.map((line) => ({ key: line.value ?? texts.none, balance: line }));
    const reportingRows = converted.map((line) => rowOf(line.balance, { [dimension.key]: line.key }));
    reportingRows.push(rowOf(reporting.total, { [dimension.key]: texts.total }));
    const rates = Object.entries(reporting.rates)
      .map(([currency, rate]) => `${currency} ${rate.toString()}`)
      .join(', ');
    tables.push({
      id: 'agedBalancesConverted',
      title: texts.reportingTitle(reporting.currency),
      // By currency, the converted table has only the total line: its first column needs no heading of
      // its own beside the currency column.
      columns: [
        byCurrency ? { ...dimension, label: '' } : dimension,
        { key: 'currency', label: texts.currency },
        ...bucketColumns,
        ...figureColumns,
      ],
      rows: reportingRows,
      notes: [texts.rates(rates)],
    });
  }
  return { tables, json: agingJson(run, lines) };
}

function dimensionColumn(aging: AgingOptions, texts: AgingTexts): OutputColumn {
  switch (aging.by.kind) {
    case 'customer':
      return { key: 'customerId', label: texts.customer };
    case 'group':
      return { key: 'group', label: texts.group };
    case 'tag':
      return { key: 'tag', label: aging.by.key };
    default:
      return { key: 'line', label: texts.currency };
  }
}

function linesOf(report: AgingReport, aging: AgingOptions, texts: AgingTexts): Line[] {
  switch (aging.by.kind) {
    case 'currency':
      return report.currencies.map((line) => ({ key: line.currency, balance: line }));
    case 'customer':
      return report.customers.map((line) => ({ key: line.customerId, balance: line }));
    default:
      return report.groups.map((line) => ({ key: line.value ?? texts.none, balance: line }));
  }
}

function rowOf(line: AgedBalance, start: Record<string, string>): Record<string, string> {
  const row: Record<string, string> = { ...start, currency: line.currency };
  for (const bucket of line.buckets) row[bucket.bucketId] = amount(bucket.balance, line.currency);
  row.balance = amount(line.balance, line.currency);
  row.overdue = amount(line.overdue, line.currency);
  row.disputed = amount(line.disputed, line.currency);
  row.unapplied = amount(line.unapplied, line.currency);
  row.count = String(line.count);
  return row;
}

/** Exact: every figure is a whole number of the currency's minor units. */
function amount(value: Decimal, currency: string): string {
  return value.toFixed(currencyMinorUnits(currency));
}

function lineJson(line: AgedBalance, key: Record<string, string | null>): Record<string, unknown> {
  return {
    ...key,
    currency: line.currency,
    buckets: Object.fromEntries(
      line.buckets.map((bucket) => [bucket.bucketId, amount(bucket.balance, line.currency)]),
    ),
    disputedByBucket: Object.fromEntries(
      line.buckets.map((bucket) => [bucket.bucketId, amount(bucket.disputed, line.currency)]),
    ),
    countByBucket: Object.fromEntries(line.buckets.map((bucket) => [bucket.bucketId, bucket.count])),
    balance: amount(line.balance, line.currency),
    overdue: amount(line.overdue, line.currency),
    overdueExcludingDisputed: amount(line.overdueExcludingDisputed, line.currency),
    disputed: amount(line.disputed, line.currency),
    unapplied: amount(line.unapplied, line.currency),
    count: line.count,
    oldestDaysPastDue: line.oldestDaysPastDue,
    weightedAverageDaysPastDue: line.weightedAverageDaysPastDue?.toFixed(2) ?? null,
  };
}

function agingJson(run: AgingRun, lines: readonly Line[]): Record<string, unknown> {
  const { report, aging } = run;
  const key = (
    line: AgedBalance & { customerId?: string; value?: string | null },
  ): Record<string, string | null> => {
    switch (aging.by.kind) {
      case 'customer':
        return { customerId: line.customerId ?? null };
      case 'group':
      case 'tag':
        return { value: line.value ?? null };
      default:
        return {};
    }
  };
  const reporting = report.reporting;
  return {
    asOf: report.asOf,
    basis: report.basis,
    scheme: aging.schemeName,
    buckets: report.scheme.buckets.map((bucket) => ({ id: bucket.id, label: bucket.label[run.locale] })),
    by: aging.by.kind === 'tag' ? `tag:${aging.by.key}` : aging.by.kind,
    mode: run.stream === undefined ? 'memory' : 'stream',
    allocation: run.allocation,
    lines: lines.map((line) => lineJson(line.balance, key(line.balance))),
    totals: report.currencies.map((line) => lineJson(line, {})),
    ...(reporting === undefined
      ? {}
      : {
          reporting: {
            currency: reporting.currency,
            rates: Object.fromEntries(
              Object.entries(reporting.rates).map(([code, rate]) => [code, rate.toString()]),
            ),
            total: lineJson(reporting.total, {}),
            lines:
              aging.by.kind === 'customer'
                ? reporting.customers.map((line) => lineJson(line, { customerId: line.customerId }))
                : aging.by.kind === 'currency'
                  ? []
                  : reporting.groups.map((line) => lineJson(line, { value: line.value })),
          },
        }),
    skippedRows: run.skippedRows,
  };
}
