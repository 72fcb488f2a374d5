import type { IsoDate } from '@receivables/core';
import type { ChannelId } from '../policy/ChannelId.ts';
import type { ChannelKind } from '../policy/ChannelKind.ts';
import type { RoleId } from '../policy/RoleId.ts';

/** Which rule of the policy planned an action. */
export type ReminderRule = 'preDue' | 'cadence' | 'escalation' | 'limitation' | 'brokenPromise';

/** The script catalog's stage ids: where in the collection cycle a contact happens. */
export type ReminderStage =
  | 'beforeDue'
  | 'earlyOverdue'
  | 'middleOverdue'
  | 'lateOverdue'
  | 'preLegal'
  | 'legal';

/** One instalment an action is about. */
export interface PlannedInstalment {
  readonly invoiceId: string;
  /** 1-based instalment number within the invoice. */
  readonly instalment: number;
}

/** One contact the planner schedules: who, when, how, about what and why. */
export interface PlannedAction {
  readonly date: IsoDate;
  readonly customerId: string;
  /** Sorted, without repeats. */
  readonly invoiceIds: readonly string[];
  /** Sorted by invoice id, then instalment number. */
  readonly instalments: readonly PlannedInstalment[];
  readonly channel: ChannelId;
  readonly channelKind: ChannelKind;
  readonly role: RoleId;
  /** The escalation level in force: 0 before the first level, then 1, 2, … in the policy's order. */
  readonly level: number;
  /** The undisputed open amount the contact is about, in integer minor units of `currency`. */
  readonly amountMinor: number;
  readonly currency: string;
  /** Days past due of the most overdue instalment on the date; zero or negative before the due date. */
  readonly daysPastDue: number;
  readonly reason: { readonly rule: ReminderRule; readonly detail: string };
  readonly context: {
    readonly stage: ReminderStage;
    /** The reason of a dispute open on one of the invoices, when there is one. */
    readonly excuse?: string;
    /** The customer's risk tier, when `tiers` gave one. */
    readonly tier?: number;
  };
  /** The pre-due checklist, on pre-due reminders only. */
  readonly checklist?: readonly string[];
}
