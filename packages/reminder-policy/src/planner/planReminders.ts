import {
  type BusinessCalendar,
  type IsoDate,
  mondayToFridayCalendar,
  type Portfolio,
} from '@receivables/core';
import { planActions } from '../_internals/planActions.ts';
import { readDay } from '../_internals/readDay.ts';
import { parseReminderPolicy } from '../policy/parseReminderPolicy.ts';
import type { ReminderPolicy } from '../policy/ReminderPolicy.ts';
import type { PlannedAction } from './PlannedAction.ts';
import type { ReminderHistory } from './ReminderHistory.ts';

/** Options of {@link planReminders}. */
export interface PlanRemindersOptions {
  /** The first day of the window, included. */
  readonly from: IsoDate;
  /** The last day of the window, included. */
  readonly to: IsoDate;
  /** What has already been done; contacts in it are not planned again and count for the minimum interval. */
  readonly history?: ReminderHistory;
  /**
   * The working days; reminders falling on other days move (see the policy's `nonBusinessDayShift`).
   * @defaultValue `mondayToFridayCalendar`
   */
  readonly calendar?: BusinessCalendar;
  /** Risk tiers (0–4) by customer id, for escalation levels with `minTier`; a customer left out counts as tier 0. */
  readonly tiers?: Readonly<Record<string, number>>;
}

/**
 * Plans every reminder a policy calls for in a window of days: pre-due reminders, overdue cadences (the
 * strongest channel wins a shared day), escalation notices, broken-promise follow-ups and the
 * limitation-period guard (alerts before the period ends and a forced written demand; interruptions are
 * the history's acknowledgements and delivered demands and the portfolio's payments).
 *
 * The ledger is aged as of each day that a record changes it, so nothing is planned on or after the
 * day an instalment is fully paid, a disputed amount is left out while its dispute is open (the
 * undisputed rest continues), and a promise pauses what it covers until the promised date plus the grace
 * days (except the limitation guard: a promise does not stop the period). A broken promise plans a follow-up and raises the level by one. Contacts with one customer on
 * different days are at least `minIntervalDays` apart; a day that would come sooner is skipped.
 * Planning `[a, b]` and then `[b + 1, c]` with the first plan as history gives the plan of `[a, c]`, and
 * replanning with a plan as history adds nothing.
 *
 * @param policy - The reminder policy (validated again here; presets pass).
 * @param portfolio - A validated portfolio (see `parsePortfolio`).
 * @param options - The window, the history, the calendar and the tiers.
 * @returns The actions sorted by date, customer, channel, rule, currency and invoices.
 * @throws {ReceivablesError} `INVALID_POLICY` for a bad policy; `INVALID_HISTORY` for a malformed
 *   history; `INVALID_DATE` for a malformed `from` or `to`; `INVALID_ARGUMENT` when `from` is after `to`
 *   or a tier is not 0–4; `NO_BUSINESS_DAY` for a calendar without working days.
 *
 * @example
 * ```ts
 * import { createBusinessCalendar, parsePortfolio } from '@receivables/core';
 * import { defaultReminderPolicy, planReminders } from '@receivables/reminder-policy';
 *
 * const portfolio = parsePortfolio({
 *   customers: [{ id: 'C1', name: 'Hengda Trading' }],
 *   invoices: [{ id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-01-05', dueDate: '2026-03-02', amount: '5000.00' }],
 * });
 * const calendar = createBusinessCalendar({ name: 'weekdays (example)' });
 * const plan = planReminders(defaultReminderPolicy, portfolio, { from: '2026-02-16', to: '2026-03-13', calendar });
 * // The lone instalment is the final one: 10 days ahead, moved back off the weekend to Friday.
 * const lines = plan.map((action) => `${action.date} ${action.channel} ${action.daysPastDue}`);
 * console.log(lines.slice(0, 2)); // ["2026-02-20 messaging -10","2026-03-03 phone 1"]
 * console.log(lines.slice(2)); // ["2026-03-10 phone 8","2026-03-12 letter 10"]
 * ```
 */
export function planReminders(
  policy: ReminderPolicy,
  portfolio: Portfolio,
  options: PlanRemindersOptions,
): PlannedAction[] {
  const api = 'planReminders';
  return planActions({
    api,
    policy: parseReminderPolicy(policy),
    portfolio,
    from: readDay(options.from, api, 'from'),
    to: readDay(options.to, api, 'to'),
    history: options.history,
    calendar: options.calendar ?? mondayToFridayCalendar,
    tiers: options.tiers,
  });
}
