import { availableParallelism } from 'node:os';
import { type AgingReport, ageReceivables, agingResult } from '@receivables/aging';
import type { Customer, Portfolio } from '@receivables/core';
import { summarizeSkipped } from '../../input/summarizeSkipped.ts';
import type { CliCommand, CommandContext, CommandResult } from '../../program/CliCommand.ts';
import { streamAging } from '../../stream/streamAging.ts';
import type { AgingDimension, AgingOptions } from './AgingOptions.ts';
import { agingCommandResult } from './agingCommandResult.ts';
import { agingProgressBar } from './agingProgressBar.ts';
import { readAgingOptions } from './readAgingOptions.ts';
import { resolveAgingMode } from './resolveAgingMode.ts';

/** The tag `--by group` totals by: the customer's group, carried as the only tag of a grouping copy. */
const GROUP_TAG = 'group';

/**
 * `receivables aging`: the aged receivables as of `--as-of`, in the buckets of `--buckets`
 * (`management`: not due, 1–30, 31–60, 61–90, 91–180, 181–365, over 365 days past due; `thirtyDay`;
 * `chineseAnnual`: 账龄 in started years from the invoice date), one line per currency, customer,
 * customer group or customer tag (`--by`), with a total line per currency and unapplied cash beside the
 * balance, never netted. With `--currency` and `--rates`, everything again in one currency. Amounts are
 * exact, with all their minor digits; bucket labels follow `--locale`.
 *
 * The ledger is read whole by the input loader and unnamed payments are applied oldest due first
 * (`--allocation` to change it). With `--stream`, or by itself when the invoices CSV is larger than
 * 32 MiB, the files are streamed instead: the invoices are read row by row in `--workers` parallel
 * parts (default 2 on a large file) and never held whole; only what applications name is applied
 * (allocation `none`), instalment plans are not accepted, and a progress bar by bytes read is drawn on
 * standard error when it is a terminal and `CI` is not set. `--no-stream` keeps the loader for any size.
 *
 * @example
 * ```ts
 * import { agingCommand } from '@receivables/cli';
 * import { parsePortfolio } from '@receivables/core';
 *
 * const portfolio = parsePortfolio({
 *   customers: [{ id: 'C1', name: 'Hengda Trading' }],
 *   invoices: [
 *     { id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-04-01', dueDate: '2026-05-01', amount: '1200.00' },
 *     { id: 'INV-2', customerId: 'C1', currency: 'CNY', issueDate: '2026-06-01', dueDate: '2026-07-01', amount: '300.50' },
 *   ],
 * });
 * const result = await agingCommand.run({
 *   options: { asOf: '2026-06-30', locale: 'en', format: 'table', rates: {}, inputs: {}, columnMap: {}, skipInvalid: false },
 *   commandOptions: {},
 *   io: { stdout: () => {}, stderr: () => {}, cwd: '.', interactive: false, env: {} },
 *   loadInputs: async () => ({ portfolio, creditProfiles: new Map(), history: { actions: [], acknowledgements: [], deliveredDemands: [] }, skipped: [], files: [] }),
 * });
 * const row = result.tables[0]?.rows[0];
 * console.log(row?.currency, row?.notDue, row?.d31to60, row?.balance); // CNY 300.50 1200.00 1500.50
 * ```
 */
export const agingCommand: CliCommand = {
  name: 'aging',
  summary: 'Aged receivables by bucket, per currency, customer, group or tag, with unapplied cash beside',
  options: [
    {
      flags: '--buckets <scheme>',
      description: 'thirtyDay, management or chineseAnnual (账龄 in years)',
      defaultValue: 'management',
    },
    {
      flags: '--by <dimension>',
      description: 'lines per currency, customer, group or tag:<key>',
      defaultValue: 'currency',
    },
    {
      flags: '--allocation <strategy>',
      description:
        'unnamed payments: oldestDue, oldestIssued or none (default: oldestDue; none with --stream)',
    },
    {
      flags: '--stream',
      description: 'stream the CSV files instead of loading them (automatic above 32 MiB of invoices)',
    },
    { flags: '--no-stream', description: 'load the files whole, however large the invoices file' },
    {
      flags: '--workers <n>',
      description: 'stream mode: parts read in parallel threads (default: 2 above 32 MiB, else 1)',
    },
  ],
  run: runAging,
};

async function runAging(context: CommandContext): Promise<CommandResult> {
  const { options, io } = context;
  const aging = readAgingOptions(context.commandOptions);
  const mode = resolveAgingMode(options, aging, io.cwd, availableParallelism());
  const conversion = {
    ...(options.reportingCurrency === undefined ? {} : { reportingCurrency: options.reportingCurrency }),
    ...(Object.keys(options.rates).length === 0 ? {} : { rates: options.rates }),
  };
  const groupBy = groupTags(aging.by);
  if (mode.mode === 'memory') {
    if (mode.note !== undefined) io.stderr(`${mode.note}\n`);
    const inputs = await context.loadInputs();
    const allocation = aging.allocation ?? 'oldestDue';
    const report = ageReceivables(groupingPortfolio(inputs.portfolio, aging.by), {
      asOf: options.asOf,
      buckets: aging.scheme,
      groupBy,
      allocation,
      ...conversion,
    });
    return agingCommandResult({
      report,
      aging,
      locale: options.locale,
      allocation,
      stream: undefined,
      skippedRows: countRows(inputs.skipped),
    });
  }
  const bar = agingProgressBar(io);
  let streamed: Awaited<ReturnType<typeof streamAging>>;
  try {
    streamed = await streamAging(mode.inputs, {
      settings: { asOf: options.asOf, buckets: aging.scheme, groupBy },
      ...(aging.by.kind === 'group' ? { customerTags: groupTagsOf } : {}),
      columnMap: options.columnMap,
      skipInvalid: options.skipInvalid,
      workers: mode.workers,
      ...(bar === undefined ? {} : { onProgress: bar.update }),
    });
  } finally {
    bar?.stop();
  }
  if (streamed.skipped.length > 0)
    for (const line of summarizeSkipped(streamed.skipped)) io.stderr(`${line}\n`);
  const report: AgingReport = agingResult(streamed.accumulator, conversion);
  return agingCommandResult({
    report,
    aging,
    locale: options.locale,
    allocation: 'none',
    stream: { parts: streamed.parts, fellBack: streamed.fellBack },
    skippedRows: countRows(streamed.skipped),
  });
}

function groupTags(by: AgingDimension): string[] {
  if (by.kind === 'group') return [GROUP_TAG];
  if (by.kind === 'tag') return [by.key];
  return [];
}

function groupTagsOf(customer: Customer): Readonly<Record<string, string>> {
  return customer.group === undefined ? {} : { [GROUP_TAG]: customer.group };
}

/** For `--by group`, customers whose only tag is their group; the portfolio as it is otherwise. */
function groupingPortfolio(portfolio: Portfolio, by: AgingOptions['by']): Portfolio {
  if (by.kind !== 'group') return portfolio;
  return {
    ...portfolio,
    customers: portfolio.customers.map((customer) => ({ ...customer, tags: groupTagsOf(customer) })),
  };
}

function countRows(problems: readonly { readonly file: string; readonly row?: number }[]): number {
  return new Set(problems.map((problem) => `${problem.file}\u0000${problem.row ?? ''}`)).size;
}
