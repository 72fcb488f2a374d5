import { addYears, fromDayNumber, type Invoice, type Portfolio, toDayNumber } from '@receivables/core';
import type { ReminderHistory } from '../planner/ReminderHistory.ts';
import type { ReminderPolicy } from '../policy/ReminderPolicy.ts';
import type { Candidate, CandidateWindow } from './plannerCandidates.ts';
import type { PlannerDays } from './plannerDays.ts';

/**
 * The limitation-period guard (诉讼时效, spec §5.1). An invoice's period runs from the later of its last
 * due date and its last interruption: a delivered written demand or an acknowledgement in the history,
 * or a payment (one naming the invoice, or one naming none, which the customer makes on its whole
 * balance). Oral contacts do not interrupt. Alerts fall `alertDays` before expiry and the forced written
 * demand `forceWrittenDemandDays` before it, moved back to a working day, each planned only while the
 * interruption it counts from is still the latest one.
 *
 * @internal
 */
export function limitationCandidates(
  policy: ReminderPolicy,
  portfolio: Portfolio,
  invoices: readonly Invoice[],
  history: ReminderHistory | undefined,
  days: PlannerDays,
  window: CandidateWindow,
  out: Candidate[],
): void {
  const { years, alertDays, forceWrittenDemandDays } = policy.limitation;
  // addYears(d, n) is at least d + 365·n, so a period that cannot end soon enough has no mark in the window.
  const earliestMark = (invoice: Invoice): number =>
    toDayNumber(invoice.dueDate) + 365 * years - Math.max(forceWrittenDemandDays, ...alertDays);
  const watched = invoices.filter((invoice) => earliestMark(invoice) <= window.highRaw);
  const interruptions = interruptionsByInvoice(portfolio, watched, history);
  for (const invoice of watched) {
    const lastDue = toDayNumber(invoice.dueDate);
    const bases = [lastDue, ...(interruptions.get(invoice.id) ?? []).filter((day) => day > lastDue)];
    bases.forEach((base, index) => {
      const next = bases[index + 1] ?? Number.POSITIVE_INFINITY;
      const expiry = addYears(fromDayNumber(base), years);
      const expiryDay = toDayNumber(expiry);
      const marks: [number, 'letter', string][] = alertDays.map((daysLeft) => [
        daysLeft,
        'letter',
        `limitation period expires on ${expiry}: ${daysLeft} days left; obtain an acknowledgement or deliver a written demand`,
      ]);
      marks.push([
        forceWrittenDemandDays,
        'letter',
        `limitation period expires on ${expiry}: ${forceWrittenDemandDays} days left and no acknowledgement on record; send a written demand with proof of delivery`,
      ]);
      for (const [daysLeft, channel, detail] of marks) {
        const raw = expiryDay - daysLeft;
        if (raw < window.lowRaw || raw > window.highRaw) continue;
        const day = days.shift(raw, 'backward');
        // A later interruption on or before the day restarts the period: this mark no longer applies.
        if (day < window.from || day > window.to || next <= day) continue;
        pushInvoice(out, invoice, day, channel, detail);
      }
    });
  }
}

function pushInvoice(
  out: Candidate[],
  invoice: Invoice,
  day: number,
  channel: 'letter',
  detail: string,
): void {
  for (const instalment of invoice.instalments) {
    out.push({
      day,
      rule: 'limitation',
      channel,
      invoice,
      instalment,
      dueDay: toDayNumber(instalment.dueDate),
      detail,
    });
  }
}

function interruptionsByInvoice(
  portfolio: Portfolio,
  invoices: readonly Invoice[],
  history: ReminderHistory | undefined,
): Map<string, number[]> {
  const byCustomer = new Map<string, number[]>();
  const byInvoice = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, day: number): void => {
    const list = map.get(key) ?? [];
    list.push(day);
    map.set(key, list);
  };
  const events = [...(history?.acknowledgements ?? []), ...(history?.deliveredDemands ?? [])];
  for (const event of events) {
    const day = toDayNumber(event.date);
    if (event.invoiceIds === undefined || event.invoiceIds.length === 0)
      add(byCustomer, event.customerId, day);
    else for (const invoiceId of event.invoiceIds) add(byInvoice, invoiceId, day);
  }
  const invoiceIds = new Set(invoices.map((invoice) => invoice.id));
  const customerIds = new Set(invoices.map((invoice) => invoice.customerId));
  for (const payment of portfolio.payments) {
    const relevant =
      customerIds.has(payment.customerId) &&
      (payment.applications.length === 0 ||
        payment.applications.some((application) => invoiceIds.has(application.invoiceId)));
    if (!relevant) continue;
    const day = toDayNumber(payment.date);
    if (payment.applications.length === 0) add(byCustomer, payment.customerId, day);
    else for (const application of payment.applications) add(byInvoice, application.invoiceId, day);
  }
  const result = new Map<string, number[]>();
  for (const invoice of invoices) {
    const days = [...(byInvoice.get(invoice.id) ?? []), ...(byCustomer.get(invoice.customerId) ?? [])];
    result.set(
      invoice.id,
      [...new Set(days)].sort((a, b) => a - b),
    );
  }
  return result;
}
