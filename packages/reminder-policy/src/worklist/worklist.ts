import {
  type BusinessCalendar,
  type IsoDate,
  mondayToFridayCalendar,
  type Portfolio,
} from '@receivables/core';
import { planActions } from '../_internals/planActions.ts';
import { readDay } from '../_internals/readDay.ts';
import { toWorklistLines } from '../_internals/worklistLines.ts';
import type { ReminderHistory } from '../planner/ReminderHistory.ts';
import { parseReminderPolicy } from '../policy/parseReminderPolicy.ts';
import type { ReminderPolicy } from '../policy/ReminderPolicy.ts';
import type { WorklistLine } from './WorklistLine.ts';

/** Options of {@link worklist}. */
export interface WorklistOptions {
  /** Today. */
  readonly asOf: IsoDate;
  /** What has already been done; today's contacts in it do not show again. */
  readonly history?: ReminderHistory;
  /**
   * The working days.
   * @defaultValue `mondayToFridayCalendar`
   */
  readonly calendar?: BusinessCalendar;
  /** Risk tiers (0–4) by customer id; a customer left out counts as tier 0. */
  readonly tiers?: Readonly<Record<string, number>>;
}

/**
 * Today's work: the plan of `asOf` alone (see `planReminders`), one line per customer and channel,
 * ordered by priority: limitation risk, then tier, days past due and amount (all highest first), then
 * customer id. Amounts in different currencies are compared as minor units without conversion, so for a
 * multi-currency book convert first or read the ranking within one currency.
 *
 * @param policy - The reminder policy.
 * @param portfolio - A validated portfolio.
 * @param options - Today, the history, the calendar and the tiers.
 * @returns The lines in priority order, ranked from 1.
 * @throws {ReceivablesError} `INVALID_POLICY`, `INVALID_HISTORY`, `INVALID_DATE`, `INVALID_ARGUMENT` and
 *   `NO_BUSINESS_DAY` as `planReminders` does.
 *
 * @example
 * ```ts
 * import { parsePortfolio } from '@receivables/core';
 * import { defaultReminderPolicy, worklist } from '@receivables/reminder-policy';
 *
 * const portfolio = parsePortfolio({
 *   customers: [{ id: 'C1', name: 'Hengda Trading' }, { id: 'C2', name: 'Lianhe Steel' }],
 *   invoices: [
 *     { id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-01-05', dueDate: '2026-03-02', amount: '5000.00' },
 *     { id: 'INV-2', customerId: 'C2', currency: 'CNY', issueDate: '2026-01-05', dueDate: '2026-02-23', amount: '800.00' },
 *   ],
 * });
 * const lines = worklist(defaultReminderPolicy, portfolio, { asOf: '2026-03-03', tiers: { C2: 3 } });
 * // C2 comes first: a higher tier outranks a larger amount.
 * console.log(lines.map((line) => `${line.rank} ${line.customerId} ${line.channel} ${line.daysPastDue}`)); // ["1 C2 phone 8","2 C1 phone 1"]
 * ```
 */
export function worklist(
  policy: ReminderPolicy,
  portfolio: Portfolio,
  options: WorklistOptions,
): WorklistLine[] {
  const api = 'worklist';
  const day = readDay(options.asOf, api, 'asOf');
  const actions = planActions({
    api,
    policy: parseReminderPolicy(policy),
    portfolio,
    from: day,
    to: day,
    history: options.history,
    calendar: options.calendar ?? mondayToFridayCalendar,
    tiers: options.tiers,
  });
  return toWorklistLines(actions);
}
