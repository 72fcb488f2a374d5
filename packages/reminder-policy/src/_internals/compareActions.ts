import type { PlannedAction } from '../planner/PlannedAction.ts';
import { CHANNELS } from './policyVocabulary.ts';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The plan's order: date, customer, channel (weakest first), rule, currency, then invoices. Code-unit
 * comparison, never the locale's, so every machine sorts alike.
 *
 * @internal
 */
export function compareActions(a: PlannedAction, b: PlannedAction): number {
  return (
    compareText(a.date, b.date) ||
    compareText(a.customerId, b.customerId) ||
    CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel) ||
    compareText(a.reason.rule, b.reason.rule) ||
    compareText(a.currency, b.currency) ||
    compareText(a.invoiceIds.join('\u0000'), b.invoiceIds.join('\u0000'))
  );
}
