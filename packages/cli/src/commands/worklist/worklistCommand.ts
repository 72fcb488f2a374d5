import { assessRun } from '../../analysis/assessRun.ts';
import { buildWorklist } from '../../analysis/buildWorklist.ts';
import { loadCatalogOption } from '../../analysis/loadCatalogOption.ts';
import { loadPolicyOption } from '../../analysis/loadPolicyOption.ts';
import { readScriptOptions } from '../../analysis/readScriptOptions.ts';
import { readWholeNumberOption } from '../../analysis/readWholeNumberOption.ts';
import { riskTiersByCustomer } from '../../analysis/riskTiersByCustomer.ts';
import { scriptOptions } from '../../analysis/scriptOptions.ts';
import type { CliCommand, CommandContext, CommandResult } from '../../program/CliCommand.ts';
import { worklistResult } from './worklistResult.ts';

const WHERE = 'receivables worklist';

/**
 * The `worklist` command: today's (the as-of date's) contacts, one line per customer and channel in
 * priority order (limitation risk, risk tier, days past due, amount), each with the script the catalog
 * recommends for its situation (stage, excuse on record, tier, channel); the first `--scripts` lines
 * (3 by default) get the script rendered in `--locale` (with `--both-locales` in Chinese and English),
 * the others name the template.
 *
 * @example
 * ```ts
 * import { worklistCommand } from '@receivables/cli';
 *
 * console.log(worklistCommand.options[0]?.flags, worklistCommand.options[0]?.defaultValue); // --scripts <n> 3
 * ```
 */
export const worklistCommand: CliCommand = {
  name: 'worklist',
  summary: "today's contacts in priority order, each with the recommended script",
  options: [
    {
      flags: '--scripts <n>',
      description: 'how many lines, from the top, get the full script',
      defaultValue: '3',
    },
    ...scriptOptions,
  ],
  run: async ({ options, commandOptions, io, loadInputs }: CommandContext): Promise<CommandResult> => {
    const rendered = readWholeNumberOption(WHERE, '--scripts', commandOptions.scripts, 0) ?? 3;
    const { locales, values, flags } = readScriptOptions(WHERE, commandOptions, options.locale);
    const { policy, name } = await loadPolicyOption(options, io);
    const catalog = await loadCatalogOption(options, io);
    const inputs = await loadInputs();
    const { assessments } = await assessRun(inputs, options, io);
    const entries = buildWorklist(inputs, {
      asOf: options.asOf,
      policy,
      tiers: riskTiersByCustomer(assessments),
      catalog,
      locales,
      scripts: rendered,
      values,
      flags,
    });
    return worklistResult(entries, {
      asOf: options.asOf,
      locale: options.locale,
      catalog,
      rendered,
      policyName: name,
    });
  },
};
