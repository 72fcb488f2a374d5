import { fromDayNumber, toMinorUnits } from '@receivables/core';
import type {
  PlannedAction,
  PlannedInstalment,
  ReminderRule,
  ReminderStage,
} from '../planner/PlannedAction.ts';
import type { ChannelId } from '../policy/ChannelId.ts';
import type { ReminderPolicy } from '../policy/ReminderPolicy.ts';
import type { RoleId } from '../policy/RoleId.ts';
import type { Candidate } from './plannerCandidates.ts';
import type { ExcuseOf } from './plannerDisputes.ts';
import { doneKey } from './plannerHistory.ts';
import type { LevelOf } from './plannerLevels.ts';
import type { PlannerPromises } from './plannerPromises.ts';
import { customerCurrencyKey, instalmentKey, type PlannerTimeline } from './plannerTimeline.ts';
import { CHANNELS, channelKindOf, channelStrength } from './policyVocabulary.ts';

/** What deciding one customer's day needs. @internal */
export interface DayContext {
  readonly policy: ReminderPolicy;
  readonly timeline: PlannerTimeline;
  readonly promises: PlannerPromises;
  readonly levelOf: LevelOf;
  readonly disputes: ExcuseOf;
  readonly tiers: Readonly<Record<string, number>> | undefined;
  readonly done: ReadonlySet<string>;
}

interface Accepted {
  readonly candidate: Candidate;
  channel: ChannelId;
  readonly amountMinor: number;
  readonly level: number;
}

/**
 * Turns one customer's candidates on one day into actions: drops what is paid, disputed or paused and
 * escalation levels not reached; lets the strongest cadence channel win; joins everything due through
 * one channel into one contact per customer, day and currency; drops contacts below the floor or already in the history.
 *
 * @internal
 */
export function assembleCustomerDay(
  context: DayContext,
  day: number,
  customerId: string,
  candidates: readonly Candidate[],
): PlannedAction[] {
  const accepted = acceptCandidates(context, day, customerId, candidates);
  const cadences = accepted.filter((entry) => entry.candidate.rule === 'cadence');
  const strongest = strongestChannel(cadences.map((entry) => entry.channel));
  for (const entry of cadences) entry.channel = strongest ?? entry.channel;
  // Entries already on their own channel go first, so the one kept per instalment explains the channel.
  // The strongest rule leads its contact, so the action is explained by what most calls for it.
  accepted.sort(
    (a, b) =>
      RULE_PRECEDENCE.indexOf(a.candidate.rule) - RULE_PRECEDENCE.indexOf(b.candidate.rule) ||
      Number(a.candidate.channel !== a.channel) - Number(b.candidate.channel !== b.channel),
  );
  // One contact per customer, channel and day (and currency): whatever rules call for it.
  const groups = new Map<string, Accepted[]>();
  const counted = new Set<string>();
  for (const entry of accepted) {
    const { invoice, instalment } = entry.candidate;
    const key = [entry.channel, invoice.currency, context.policy.joinInvoices ? '' : invoice.id].join(
      '\u0000',
    );
    const group = groups.get(key) ?? [];
    // Two raw days can shift onto one day, and two cadences can fold into one channel: count each
    // instalment once (a set, so a contact joining many instalments stays linear).
    const instalmentInGroup = `${key}\u0000${instalmentKey(invoice.id, instalment.index)}`;
    if (!counted.has(instalmentInGroup)) {
      counted.add(instalmentInGroup);
      group.push(entry);
    }
    groups.set(key, group);
  }
  const date = fromDayNumber(day);
  const actions: PlannedAction[] = [];
  for (const group of groups.values()) {
    const action = toAction(context, date, day, customerId, group);
    const floor = context.policy.minOpenAmount[action.currency];
    if (floor !== undefined && action.amountMinor < toMinorUnits(floor, action.currency)) continue;
    if (context.done.has(doneKey(date, customerId, action.channel))) continue;
    actions.push(action);
  }
  return actions;
}

function acceptCandidates(
  context: DayContext,
  day: number,
  customerId: string,
  candidates: readonly Candidate[],
): Accepted[] {
  const snapshot = context.timeline.at(day);
  const levels = context.policy.escalation.levels;
  const tier = context.tiers?.[customerId] ?? 0;
  const accepted: Accepted[] = [];
  for (const candidate of candidates) {
    const { invoice, instalment } = candidate;
    const state = snapshot.items.get(instalmentKey(invoice.id, instalment.index));
    const amountMinor = state === undefined ? 0 : state.openMinor - state.disputedMinor;
    if (amountMinor <= 0) continue;
    // A promise does not stop the limitation clock, so it does not pause the guard either.
    if (candidate.rule !== 'limitation' && context.promises.isPaused(customerId, invoice.id, day)) continue;
    const total = snapshot.totals.get(customerCurrencyKey(customerId, invoice.currency)) ?? 0;
    const reached = context.levelOf(day - candidate.dueDay, total, invoice.currency, tier);
    if (candidate.level !== undefined && reached < candidate.level) continue;
    // A broken promise raises what is overdue; an instalment not yet due keeps level 0.
    const boost = day > candidate.dueDay ? context.promises.brokenCount(customerId, invoice.id, day) : 0;
    const level = Math.min(levels.length, reached + boost);
    const channel = candidate.channel ?? levels[level - 1]?.channels[0] ?? 'phone';
    accepted.push({ candidate, channel, amountMinor, level });
  }
  return accepted;
}

function strongestChannel(channels: readonly ChannelId[]): ChannelId | undefined {
  let best: ChannelId | undefined;
  for (const channel of channels) {
    const stronger =
      best === undefined ||
      channelStrength(channel) > channelStrength(best) ||
      (channelStrength(channel) === channelStrength(best) &&
        CHANNELS.indexOf(channel) < CHANNELS.indexOf(best));
    if (stronger) best = channel;
  }
  return best;
}

function toAction(
  context: DayContext,
  date: string,
  day: number,
  customerId: string,
  group: readonly Accepted[],
): PlannedAction {
  const first = group[0]!;
  const { rule } = first.candidate;
  const channel = first.channel;
  const instalments: PlannedInstalment[] = group
    .map((entry) => ({ invoiceId: entry.candidate.invoice.id, instalment: entry.candidate.instalment.index }))
    .sort((a, b) =>
      a.invoiceId < b.invoiceId ? -1 : a.invoiceId > b.invoiceId ? 1 : a.instalment - b.instalment,
    );
  const invoiceIds = [...new Set(instalments.map((entry) => entry.invoiceId))];
  // A reduce, not Math.max(...list): a contact may join more instalments than a call takes arguments.
  const level = group.reduce((highest, entry) => Math.max(highest, entry.level), Number.NEGATIVE_INFINITY);
  const daysPastDue = group.reduce(
    (most, entry) => Math.max(most, day - entry.candidate.dueDay),
    Number.NEGATIVE_INFINITY,
  );
  const role: RoleId =
    rule === 'preDue'
      ? context.policy.preDue.role
      : rule === 'limitation'
        ? 'legal'
        : (context.policy.escalation.levels[level - 1]?.role ?? 'sales');
  const excuse = context.disputes(invoiceIds, day);
  const detail = [...new Set(group.map((entry) => `${entry.candidate.rule}: ${entry.candidate.detail}`))]
    .join('; ')
    .replace(/^[a-zA-Z]+: /, '');
  const tier = context.tiers?.[customerId];
  return {
    date,
    customerId,
    invoiceIds,
    instalments,
    channel,
    channelKind: channelKindOf(channel),
    role,
    level,
    amountMinor: group.reduce((sum, entry) => sum + entry.amountMinor, 0),
    currency: first.candidate.invoice.currency,
    daysPastDue,
    reason: { rule, detail: channel === 'visit' ? `${detail}; visit by at least two staff` : detail },
    context: {
      stage: stageOf(role, daysPastDue),
      ...(excuse === undefined ? {} : { excuse }),
      ...(tier === undefined ? {} : { tier }),
    },
    ...(group.some((entry) => entry.candidate.rule === 'preDue')
      ? { checklist: context.policy.preDue.checklist }
      : {}),
  };
}

/** Which rule leads a joined contact, strongest first. */
const RULE_PRECEDENCE: readonly ReminderRule[] = [
  'limitation',
  'brokenPromise',
  'escalation',
  'cadence',
  'preDue',
];

function stageOf(role: RoleId, daysPastDue: number): ReminderStage {
  if (role === 'legal') return 'legal';
  if (daysPastDue <= 0) return 'beforeDue';
  if (daysPastDue <= 30) return 'earlyOverdue';
  if (daysPastDue <= 60) return 'middleOverdue';
  if (daysPastDue <= 90) return 'lateOverdue';
  return 'preLegal';
}
