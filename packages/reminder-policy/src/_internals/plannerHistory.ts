import { IsoDateSchema, throwValidationError, toDayNumber, toValidationIssues } from '@receivables/core';
import * as z from 'zod';
import type { ReminderHistory } from '../planner/ReminderHistory.ts';
import { channelSchema } from './policyShapeSchema.ts';

const event = z.object({
  date: IsoDateSchema,
  customerId: z.string(),
  invoiceIds: z.array(z.string()).optional(),
});

const historySchema = z.object({
  actions: z.array(event.extend({ channel: channelSchema })).optional(),
  acknowledgements: z.array(event).optional(),
  deliveredDemands: z.array(event).optional(),
});

/** What the planner needs from the history: done contacts by key and contact days by customer. @internal */
export interface PlannerHistory {
  /** `date|customerId|channel` of every contact made. */
  readonly done: ReadonlySet<string>;
  /** Contact days of each customer, ascending, without repeats. */
  readonly contactDays: ReadonlyMap<string, readonly number[]>;
}

/** @internal */
export function doneKey(date: string, customerId: string, channel: string): string {
  return `${date}\u0000${customerId}\u0000${channel}`;
}

/**
 * Validates and indexes a history. Extra fields are allowed, so a plan can be fed back unchanged.
 *
 * @internal
 */
export function plannerHistory(history: ReminderHistory | undefined, api: string): PlannerHistory {
  const done = new Set<string>();
  const byCustomer = new Map<string, Set<number>>();
  if (history === undefined) return { done, contactDays: new Map() };
  const result = historySchema.safeParse(history, { reportInput: true });
  if (!result.success)
    throwValidationError('INVALID_HISTORY', api, toValidationIssues(result.error.issues, ['history']));
  for (const action of history.actions ?? []) {
    done.add(doneKey(action.date, action.customerId, action.channel));
    const daysOf = byCustomer.get(action.customerId) ?? new Set<number>();
    daysOf.add(toDayNumber(action.date));
    byCustomer.set(action.customerId, daysOf);
  }
  const contactDays = new Map<string, readonly number[]>();
  for (const [customerId, daysOf] of byCustomer)
    contactDays.set(
      customerId,
      [...daysOf].sort((a, b) => a - b),
    );
  return { done, contactDays };
}

/** The latest day in an ascending list strictly before `day`. @internal */
export function latestBefore(sorted: readonly number[] | undefined, day: number): number | undefined {
  if (sorted === undefined) return undefined;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < day) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? undefined : sorted[low - 1];
}
