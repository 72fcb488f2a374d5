import { currencyMinorUnits, fromMinorUnits, type IsoDate } from '@receivables/core';
import type { PlannedAction } from '@receivables/reminder-policy';
import type { ReportPlan } from '../ReportData.ts';
import type { ReportTexts } from '../ReportTexts.ts';

/**
 * The plan section from the planner's actions: each contact with its channel and role in words, the
 * undisputed amount it is about (exact, from minor units) and the reason (the rule in words, then the
 * planner's own detail).
 *
 * @param actions - From `planCustomerReminders`, already sorted by date and customer.
 * @param window - The planned days, both included.
 * @param names - Customer names by id.
 * @param texts - The locale's words.
 * @returns The section.
 * @internal
 */
export function buildPlan(
  actions: readonly PlannedAction[],
  window: { readonly from: IsoDate; readonly to: IsoDate },
  names: ReadonlyMap<string, string>,
  texts: ReportTexts,
): ReportPlan {
  const words = texts.plan;
  return {
    title: words.title,
    description: words.description(window.from, window.to),
    from: window.from,
    to: window.to,
    columns: words.columns,
    actions: actions.map((action) => ({
      date: action.date,
      customerId: action.customerId,
      customerName: names.get(action.customerId) ?? action.customerId,
      channel: { id: action.channel, label: words.channels[action.channel] ?? action.channel },
      role: { id: action.role, label: words.roles[action.role] ?? action.role },
      amount: {
        amount: fromMinorUnits(action.amountMinor, action.currency).toFixed(
          currencyMinorUnits(action.currency),
        ),
        currency: action.currency,
      },
      daysPastDue: action.daysPastDue,
      reason: `${words.rules[action.reason.rule] ?? action.reason.rule}: ${action.reason.detail}`,
    })),
  };
}
