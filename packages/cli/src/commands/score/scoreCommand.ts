import { assessRun } from '../../analysis/assessRun.ts';
import { readChoiceOption } from '../../analysis/readChoiceOption.ts';
import { readCustomerOption } from '../../analysis/readCustomerOption.ts';
import type { CliCommand, CommandContext, CommandResult } from '../../program/CliCommand.ts';
import { scoreExplanation } from './scoreExplanation.ts';
import { scoreResult, scoreSorts } from './scoreResult.ts';

const WHERE = 'receivables score';

/**
 * The `score` command: every customer's credit score as of the date, one row each (id, name, whether
 * it has a credit profile, score, grade, payment mode, the top 3 reason codes with their labels in the
 * run's locale, and the basis: complete, or scored on the ledger alone with the factors left out),
 * sorted by score ascending or by `--sort`. `--customer <id>` explains one customer in full: each
 * factor's value, points, weight and contribution, the reasons, the rules applied and every fact with
 * its source (profile or ledger). The scorecard is the seven-item one, or the `--scorecard` file.
 *
 * @example
 * ```ts
 * import { scoreCommand } from '@receivables/cli';
 *
 * console.log(scoreCommand.name, scoreCommand.options.map((option) => option.flags)); // score ["--customer <id>","--sort <key>"]
 * ```
 */
export const scoreCommand: CliCommand = {
  name: 'score',
  summary: 'credit scores and grades of every customer, with the reasons (or one customer in full)',
  options: [
    { flags: '--customer <id>', description: 'explain one customer: every factor, reason, rule and fact' },
    {
      flags: '--sort <key>',
      description: `order of the rows: ${scoreSorts.join(', ')} (ties by customer id)`,
      defaultValue: 'score',
    },
  ],
  run: async ({ options, commandOptions, io, loadInputs }: CommandContext): Promise<CommandResult> => {
    const sort = readChoiceOption(WHERE, '--sort', commandOptions.sort, scoreSorts) ?? 'score';
    const inputs = await loadInputs();
    const customerId = readCustomerOption(WHERE, inputs, commandOptions.customer);
    const { assessments, scorecardId } = await assessRun(
      inputs,
      options,
      io,
      customerId === undefined ? undefined : [customerId],
    );
    const context = { asOf: options.asOf, locale: options.locale, scorecardId };
    return customerId === undefined
      ? scoreResult(assessments, { ...context, sort })
      : scoreExplanation(assessments[0]!, context);
  },
};
