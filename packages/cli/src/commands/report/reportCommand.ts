import { loadPolicyOption } from '../../analysis/loadPolicyOption.ts';
import { loadScorecardOption } from '../../analysis/loadScorecardOption.ts';
import { readTextOption } from '../../analysis/readTextOption.ts';
import { readWholeNumberOption } from '../../analysis/readWholeNumberOption.ts';
import type { CliCommand, CommandContext, CommandResult } from '../../program/CliCommand.ts';
import { buildReportData } from '../../report/buildReportData.ts';
import { renderReport } from '../../report/renderReport.ts';

const WHERE = 'receivables report';

/**
 * `receivables report`: one self-contained HTML page for a collections manager, as of `--as-of`: KPI
 * cards with definitions and formulas, the aging by days past due as a stacked bar chart (disputed parts
 * hatched), the customers owing the most overdue with grade and risk tier, the grade distribution, and
 * the contacts the reminder policy plans for the next `--plan-days` days. The page loads nothing from
 * the network and prints on A4; write it with `--out report.html`. With `--format json` the command
 * prints the report's data instead (every amount an exact decimal string with its currency). Amounts in
 * several currencies are converted with `--currency` and `--rates`; the `--policy` and `--scorecard`
 * files replace the defaults.
 *
 * @example
 * ```ts
 * import { reportCommand } from '@receivables/cli';
 *
 * console.log(reportCommand.name, reportCommand.options.map((option) => option.flags)); // report ["--plan-days <days>","--top <count>","--title <text>"]
 * ```
 */
export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'a self-contained HTML report: KPIs, aging chart, largest overdue, grades and the week’s plan',
  options: [
    { flags: '--plan-days <days>', description: 'days the plan covers, from --as-of on, 1–366 (default: 7)' },
    { flags: '--top <count>', description: 'customers in the overdue ranking, 1–1000 (default: 10)' },
    { flags: '--title <text>', description: 'the page title (default: "Receivables report" in the locale)' },
  ],
  run: runReport,
};

async function runReport(context: CommandContext): Promise<CommandResult> {
  const { options, commandOptions, io } = context;
  const planDays = readWholeNumberOption(WHERE, '--plan-days', commandOptions.planDays, 1, 366);
  const top = readWholeNumberOption(WHERE, '--top', commandOptions.top, 1, 1000);
  const title = readTextOption(WHERE, '--title', commandOptions.title);
  const scorecard = await loadScorecardOption(options, io);
  const { policy } = await loadPolicyOption(options, io);
  const inputs = await context.loadInputs();
  const data = buildReportData(inputs, {
    asOf: options.asOf,
    locale: options.locale,
    rates: options.rates,
    ...(options.reportingCurrency === undefined ? {} : { reportingCurrency: options.reportingCurrency }),
    ...(planDays === undefined ? {} : { planDays }),
    ...(top === undefined ? {} : { top }),
    // Without --policy the report says it used the default policy, so only a chosen one is passed on.
    ...(options.policy === undefined ? {} : { policy }),
    ...(scorecard === undefined ? {} : { scorecard }),
    ...(title === undefined ? {} : { title }),
  });
  return { tables: [], json: data, document: renderReport(data) };
}
