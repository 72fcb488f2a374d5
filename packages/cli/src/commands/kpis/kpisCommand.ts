import { kpiInputs } from '../../analysis/kpiInputs.ts';
import type { CliCommand, CommandContext, CommandResult } from '../../program/CliCommand.ts';
import { convertKpiInputs } from './convertKpiInputs.ts';
import { evaluateKpis } from './evaluateKpis.ts';
import { type KpisLine, kpisResult } from './kpisResult.ts';
import { readKpisOptions } from './readKpisOptions.ts';

/**
 * `receivables kpis`: the receivables KPIs of the ledger for a period ending on `--as-of` (the last 90
 * days unless `--period-days` or `--from`/`--to` say otherwise): standard, count-back and best possible
 * DSO, average days delinquent, turnover and DSO from turnover, CEI, overdue rate, the share more than
 * 90 days past due (`--long-overdue-days`) and the collection rate. One line per currency, never
 * mixed, plus all currencies converted into `--currency` when it is given (with `--rates`). Each KPI
 * is printed with its formula in the run's locale and the figures that went into it; a KPI the figures
 * do not define (no sales in the period, say) shows `n/a` and why.
 *
 * @example
 * ```ts
 * import { kpisCommand } from '@receivables/cli';
 *
 * console.log(kpisCommand.name, kpisCommand.options.map((option) => option.flags.split(' ')[0])); // kpis ["--period-days","--from","--to","--day-count","--long-overdue-days"]
 * ```
 */
export const kpisCommand: CliCommand = {
  name: 'kpis',
  summary:
    'Receivables KPIs for a period: DSO (three ways), ADD, turnover, CEI, overdue and collection rates',
  options: [
    { flags: '--period-days <days>', description: 'the period: the <days> days up to --to (default: 90)' },
    { flags: '--from <date>', description: 'first day of the period, YYYY-MM-DD (instead of --period-days)' },
    { flags: '--to <date>', description: 'last day of the period, not after --as-of (default: --as-of)' },
    {
      flags: '--day-count <basis>',
      description: "days DSO counts: actual (the period's days), 360 or 365 (default: actual)",
    },
    {
      flags: '--long-overdue-days <days>',
      description: 'the long-overdue share counts balances more days past due than this (default: 90)',
    },
  ],
  run: runKpis,
};

async function runKpis(context: CommandContext): Promise<CommandResult> {
  const { options } = context;
  const period = readKpisOptions(context.commandOptions, options.asOf);
  const inputs = await context.loadInputs();
  const currencies = kpiInputs(inputs.portfolio, {
    from: period.from,
    to: period.to,
    longOverdueDays: period.longOverdueDays,
  });
  const lines: KpisLine[] = currencies.map((line) => ({
    inputs: line,
    kpis: evaluateKpis(line, { dayCount: period.dayCount }),
  }));
  if (options.reportingCurrency !== undefined) {
    const converted = convertKpiInputs(currencies, options.reportingCurrency, options.rates);
    if (converted !== undefined) {
      lines.push({
        inputs: converted.inputs,
        kpis: evaluateKpis(converted.inputs, { dayCount: period.dayCount }),
        rates: converted.rates,
      });
    }
  }
  return kpisResult(lines, { ...period, asOf: options.asOf, locale: options.locale });
}
