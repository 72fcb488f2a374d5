import type { BusinessCalendar, IsoDate } from '@receivables/core';
import {
  defaultReminderPolicy,
  type PlannedAction,
  planReminders,
  type ReminderPolicy,
} from '@receivables/reminder-policy';
import type { CliInputs } from '../input/CliInputs.ts';

/** Options of {@link planCustomerReminders}. */
export interface PlanCustomerRemindersOptions {
  /** The first day of the window, included. */
  readonly from: IsoDate;
  /** The last day of the window, included. */
  readonly to: IsoDate;
  /** @defaultValue `defaultReminderPolicy` */
  readonly policy?: ReminderPolicy;
  /** Risk tiers by customer id (see {@link riskTiersByCustomer}); a customer left out counts as tier 0. */
  readonly tiers?: Readonly<Record<string, number>>;
  /** The working days. @defaultValue `mondayToFridayCalendar` */
  readonly calendar?: BusinessCalendar;
}

/**
 * Plans the reminders of a window of days over the run's ledger, with the run's reminder history (so
 * contacts already made are not planned again): `planReminders` on the inputs.
 *
 * @param inputs - The validated inputs of the run.
 * @param options - The window, the policy, the tiers and the calendar.
 * @returns The actions sorted by date, customer, channel, rule, currency and invoices.
 * @throws {ReceivablesError} `INVALID_POLICY`, `INVALID_HISTORY`, `INVALID_DATE`, `INVALID_ARGUMENT`
 *   (`from` after `to`, a tier outside 0–4) as `planReminders` does.
 *
 * @example
 * ```ts
 * import { planCustomerReminders } from '@receivables/cli';
 * import { parsePortfolio } from '@receivables/core';
 *
 * const portfolio = parsePortfolio({
 *   customers: [{ id: 'C1', name: 'Hengda Trading' }],
 *   invoices: [{ id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-01-05', dueDate: '2026-03-02', amount: '5000.00' }],
 * });
 * const history = { actions: [{ date: '2026-03-03', customerId: 'C1', channel: 'phone' as const }] };
 * const inputs = { portfolio, creditProfiles: new Map(), history, skipped: [], files: [] };
 * const plan = planCustomerReminders(inputs, { from: '2026-03-02', to: '2026-03-13' });
 * // The call of 3 March is on record, so the plan starts with the next one.
 * console.log(plan.map((action) => `${action.date} ${action.channel}`)); // ["2026-03-10 phone","2026-03-12 letter"]
 * ```
 */
export function planCustomerReminders(
  inputs: CliInputs,
  options: PlanCustomerRemindersOptions,
): PlannedAction[] {
  return planReminders(options.policy ?? defaultReminderPolicy, inputs.portfolio, {
    from: options.from,
    to: options.to,
    history: inputs.history,
    ...(options.tiers === undefined ? {} : { tiers: options.tiers }),
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
  });
}
