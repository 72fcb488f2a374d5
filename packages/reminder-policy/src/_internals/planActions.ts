import {
  type BusinessCalendar,
  describeValue,
  fromDayNumber,
  type Portfolio,
  ReceivablesError,
} from '@receivables/core';
import type { PlannedAction } from '../planner/PlannedAction.ts';
import type { ReminderHistory } from '../planner/ReminderHistory.ts';
import type { ReminderPolicy } from '../policy/ReminderPolicy.ts';
import { compareActions } from './compareActions.ts';
import { assembleCustomerDay, type DayContext } from './plannerAssemble.ts';
import { type Candidate, instalmentCandidates } from './plannerCandidates.ts';
import { plannerDays } from './plannerDays.ts';
import { plannerDisputes } from './plannerDisputes.ts';
import { latestBefore, plannerHistory } from './plannerHistory.ts';
import { plannerLevels } from './plannerLevels.ts';
import { limitationCandidates } from './plannerLimitation.ts';
import { brokenPromiseCandidates, plannerPromises } from './plannerPromises.ts';
import { instalmentKey, plannerTimeline } from './plannerTimeline.ts';

/** The inputs of one planning run, dates already read. @internal */
export interface PlanRun {
  readonly api: string;
  readonly policy: ReminderPolicy;
  readonly portfolio: Portfolio;
  readonly from: number;
  readonly to: number;
  readonly history: ReminderHistory | undefined;
  readonly calendar: BusinessCalendar;
  readonly tiers: Readonly<Record<string, number>> | undefined;
}

/**
 * Plans every action in [from, to]: candidates from each instalment, then day by day and customer by
 * customer the ledger, pauses, collisions, joining, floors and the minimum interval decide. Each day
 * depends only on earlier days and the history, which is what makes halves add up to the whole.
 *
 * @internal
 */
export function planActions(run: PlanRun): PlannedAction[] {
  const { api, policy, portfolio, from, to } = run;
  if (from > to) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: from ${fromDayNumber(from)} is after to ${fromDayNumber(to)}`,
      {
        details: { from: fromDayNumber(from), to: fromDayNumber(to) },
      },
    );
  }
  checkTiers(run);
  const days = plannerDays(run.calendar, api);
  const lowRaw = days.shift(from - 1, 'backward') + 1;
  const highRaw = days.shift(to + 1, 'forward') - 1;
  const xunDays = policy.overdue.cadences.some((cadence) => cadence.mode === 'xun')
    ? xunDaysIn(lowRaw, highRaw)
    : [];
  const window = { from, to, lowRaw, highRaw, xunDays };
  const timeline = plannerTimeline(portfolio, from, to);
  const promises = plannerPromises(portfolio, policy.promiseGraceDays);
  const candidates: Candidate[] = [];
  // Most of a large book is paid: only what is owed on some day of the window can be contacted about.
  const owed = timeline.owedInWindow();
  const owedInvoices = portfolio.invoices.filter((invoice) =>
    invoice.instalments.some((instalment) => owed.has(instalmentKey(invoice.id, instalment.index))),
  );
  for (const invoice of owedInvoices) {
    for (const instalment of invoice.instalments) {
      if (owed.has(instalmentKey(invoice.id, instalment.index))) {
        instalmentCandidates(policy, days, window, invoice, instalment, candidates);
      }
    }
  }
  brokenPromiseCandidates(portfolio, promises, days, from, to, candidates);
  const history = plannerHistory(run.history, api);
  limitationCandidates(policy, portfolio, owedInvoices, run.history, days, window, candidates);
  const context: DayContext = {
    policy,
    timeline,
    promises,
    levelOf: plannerLevels(policy),
    disputes: plannerDisputes(portfolio),
    tiers: run.tiers,
    done: history.done,
  };
  const lastPlanned = new Map<string, number>();
  const actions: PlannedAction[] = [];
  for (const [day, byCustomer] of groupByDayAndCustomer(candidates)) {
    for (const [customerId, list] of byCustomer) {
      const previous = Math.max(
        latestBefore(history.contactDays.get(customerId), day) ?? Number.NEGATIVE_INFINITY,
        lastPlanned.get(customerId) ?? Number.NEGATIVE_INFINITY,
      );
      if (day - previous < policy.minIntervalDays) continue;
      const planned = assembleCustomerDay(context, day, customerId, list);
      if (planned.length > 0) lastPlanned.set(customerId, day);
      actions.push(...planned);
    }
  }
  return actions.sort(compareActions);
}

function checkTiers(run: PlanRun): void {
  for (const [customerId, tier] of Object.entries(run.tiers ?? {})) {
    if (!Number.isInteger(tier) || tier < 0 || tier > 4) {
      throw new ReceivablesError(
        'INVALID_ARGUMENT',
        `${run.api}: tier ${describeValue(tier)} of customer ${describeValue(customerId)} is not a risk tier from 0 to 4`,
        { path: ['tiers', customerId], details: { field: 'tiers', customerId, value: describeValue(tier) } },
      );
    }
  }
}

function xunDaysIn(low: number, high: number): number[] {
  const result: number[] = [];
  for (let day = low; day <= high; day += 1) {
    const dayOfMonth = fromDayNumber(day).slice(8);
    if (dayOfMonth === '01' || dayOfMonth === '11' || dayOfMonth === '21') result.push(day);
  }
  return result;
}

function groupByDayAndCustomer(candidates: readonly Candidate[]): [number, [string, Candidate[]][]][] {
  const byDay = new Map<number, Map<string, Candidate[]>>();
  for (const candidate of candidates) {
    const byCustomer = byDay.get(candidate.day) ?? new Map<string, Candidate[]>();
    byDay.set(candidate.day, byCustomer);
    const list = byCustomer.get(candidate.invoice.customerId) ?? [];
    byCustomer.set(candidate.invoice.customerId, list);
    list.push(candidate);
  }
  return [...byDay]
    .sort(([a], [b]) => a - b)
    .map(([day, byCustomer]) => [day, [...byCustomer].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
}
