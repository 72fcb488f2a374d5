import type { PlannedAction } from '../planner/PlannedAction.ts';
import type { RoleId } from '../policy/RoleId.ts';
import type { WorklistLine } from '../worklist/WorklistLine.ts';
import { ROLES } from './policyVocabulary.ts';

type Unranked = Omit<WorklistLine, 'rank'>;

/**
 * Groups one day's actions per customer and channel and orders the lines by priority.
 *
 * @internal
 */
export function toWorklistLines(actions: readonly PlannedAction[]): WorklistLine[] {
  const groups = new Map<string, PlannedAction[]>();
  for (const action of actions) {
    const key = `${action.customerId}\u0000${action.channel}`;
    const group = groups.get(key) ?? [];
    group.push(action);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(toLine)
    .sort(byPriority)
    .map((line, index) => ({ rank: index + 1, ...line }));
}

function toLine(actions: readonly PlannedAction[]): Unranked {
  const first = actions[0]!;
  const amounts = new Map<string, number>();
  for (const action of actions)
    amounts.set(action.currency, (amounts.get(action.currency) ?? 0) + action.amountMinor);
  const limitationRisk = actions.some((action) => action.reason.rule === 'limitation');
  const daysPastDue = Math.max(...actions.map((action) => action.daysPastDue));
  const tier = first.context.tier;
  return {
    score: (limitationRisk ? 100_000 : 0) + (tier ?? 0) * 10_000 + Math.min(9_999, Math.max(0, daysPastDue)),
    customerId: first.customerId,
    channel: first.channel,
    channelKind: first.channelKind,
    role: actions.map((action) => action.role).reduce(higherRole),
    level: Math.max(...actions.map((action) => action.level)),
    daysPastDue,
    ...(tier === undefined ? {} : { tier }),
    limitationRisk,
    amounts: [...amounts]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, amountMinor]) => ({ currency, amountMinor })),
    invoiceIds: [...new Set(actions.flatMap((action) => action.invoiceIds))].sort(),
    reasons: actions.map((action) => `${action.reason.rule}: ${action.reason.detail}`),
    actions,
  };
}

function higherRole(a: RoleId, b: RoleId): RoleId {
  return ROLES.indexOf(b) > ROLES.indexOf(a) ? b : a;
}

function largestAmount(line: Unranked): number {
  return Math.max(...line.amounts.map((amount) => amount.amountMinor));
}

function byPriority(a: Unranked, b: Unranked): number {
  return (
    Number(b.limitationRisk) - Number(a.limitationRisk) ||
    (b.tier ?? 0) - (a.tier ?? 0) ||
    b.daysPastDue - a.daysPastDue ||
    largestAmount(b) - largestAmount(a) ||
    (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0) ||
    (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0)
  );
}
