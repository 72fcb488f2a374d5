import { assessRun } from '../../analysis/assessRun.ts';
import { readCustomerOption } from '../../analysis/readCustomerOption.ts';
import type { CliCommand, CommandContext, CommandResult } from '../../program/CliCommand.ts';
import { limitsExplanation } from './limitsExplanation.ts';
import { limitsResult } from './limitsResult.ts';

const WHERE = 'receivables limits';

/**
 * The `limits` command: every customer's credit limit as of the date, one row each: grade, credit
 * days, the limit by each method of spec §1.3 (sales forecast, net assets, paying capacity), the
 * combined limit, exposure (open receivables + unshipped orders), what is available, the overdue
 * amount, and the risk tier with its measures. A customer without a credit profile shows "no profile"
 * instead of invented figures. `--customer <id>` shows every figure of the computation.
 *
 * @example
 * ```ts
 * import { limitsCommand } from '@receivables/cli';
 *
 * console.log(limitsCommand.name, limitsCommand.options.map((option) => option.flags)); // limits ["--customer <id>"]
 * ```
 */
export const limitsCommand: CliCommand = {
  name: 'limits',
  summary: 'credit limits by the three methods, exposure, headroom and risk tier of every customer',
  options: [{ flags: '--customer <id>', description: 'show every figure of one customer’s computation' }],
  run: async ({ options, commandOptions, io, loadInputs }: CommandContext): Promise<CommandResult> => {
    const inputs = await loadInputs();
    const customerId = readCustomerOption(WHERE, inputs, commandOptions.customer);
    const { assessments } = await assessRun(
      inputs,
      options,
      io,
      customerId === undefined ? undefined : [customerId],
    );
    const context = { asOf: options.asOf, locale: options.locale };
    return customerId === undefined
      ? limitsResult(assessments, context)
      : limitsExplanation(assessments[0]!, context);
  },
};
