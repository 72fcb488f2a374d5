import { addDays } from '@receivables/core';
import { assessRun } from '../../analysis/assessRun.ts';
import { loadPolicyOption } from '../../analysis/loadPolicyOption.ts';
import { planCustomerReminders } from '../../analysis/planCustomerReminders.ts';
import { readDateOption } from '../../analysis/readDateOption.ts';
import { riskTiersByCustomer } from '../../analysis/riskTiersByCustomer.ts';
import type { CliCommand, CommandContext, CommandResult } from '../../program/CliCommand.ts';
import { invalidOption } from '../../program/invalidOption.ts';
import { planResult } from './planResult.ts';

const WHERE = 'receivables plan';

/**
 * The `plan` command: the reminders the policy (`--policy`, or the built-in one) calls for from
 * `--from` to `--to` (both included; by default the as-of date and the six days after it), with the
 * reminder history of the inputs and each customer's risk tier as of the as-of date: one row per
 * action with its date, customer, invoices, channel, role, escalation level, amount, days past due and
 * the rule that planned it.
 *
 * @example
 * ```ts
 * import { planCommand } from '@receivables/cli';
 *
 * console.log(planCommand.name, planCommand.options.map((option) => option.flags)); // plan ["--from <date>","--to <date>"]
 * ```
 */
export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'the reminders to send in a window of days (default: the as-of date and the next 6 days)',
  options: [
    { flags: '--from <date>', description: 'first day of the window, YYYY-MM-DD (default: the as-of date)' },
    {
      flags: '--to <date>',
      description: 'last day of the window, YYYY-MM-DD (default: 6 days after --from)',
    },
  ],
  run: async ({ options, commandOptions, io, loadInputs }: CommandContext): Promise<CommandResult> => {
    const from = readDateOption(WHERE, '--from', commandOptions.from) ?? options.asOf;
    const to = readDateOption(WHERE, '--to', commandOptions.to) ?? addDays(from, 6);
    if (to < from) throw invalidOption(WHERE, '--to', to, `is before --from ${from}`);
    const { policy, name } = await loadPolicyOption(options, io);
    const inputs = await loadInputs();
    const { assessments } = await assessRun(inputs, options, io);
    const actions = planCustomerReminders(inputs, {
      from,
      to,
      policy,
      tiers: riskTiersByCustomer(assessments),
    });
    const names = new Map(inputs.portfolio.customers.map((customer) => [customer.id, customer.name]));
    return planResult(actions, { from, to, locale: options.locale, policyName: name, names });
  },
};
