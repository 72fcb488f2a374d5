import type { ChannelId } from './ChannelId.ts';
import type { RoleId } from './RoleId.ts';

/** Pre-due reminders: how many days before an instalment's due date, by its role, and what to check. */
export interface PreDueRule {
  /** Lead days by instalment role (首款 first, 中款 middle, 尾款 final; a lone instalment is final). */
  readonly leadDays: { readonly first: number; readonly middle: number; readonly final: number };
  readonly channel: ChannelId;
  readonly role: RoleId;
  /** Items to confirm before the due date; they travel with every pre-due reminder. */
  readonly checklist: readonly string[];
}

/** One overdue cadence: a channel used every `everyDays` days from `startDay` days past due. */
export interface IntervalCadence {
  readonly mode: 'interval';
  readonly channel: ChannelId;
  /** The first day past due on which the cadence fires (day 1 is the day after the due date). */
  readonly startDay: number;
  readonly everyDays: number;
}

/** A written cadence on the calendar 旬: the 1st, 11th and 21st of each month, from `startDay` days past due. */
export interface XunCadence {
  readonly mode: 'xun';
  readonly channel: ChannelId;
  readonly startDay: number;
}

/** An overdue cadence. */
export type Cadence = IntervalCadence | XunCadence;

/** A measure an escalation level takes (spec §1.8, §3.5). */
export type EscalationMeasure =
  | 'creditHold'
  | 'stopSupply'
  | 'repaymentPlan'
  | 'guarantee'
  | 'lawyerLetter'
  | 'legalFiling'
  | 'agency';

/** One escalation level: from how many days past due (and, optionally, what open amount and tier) it applies. */
export interface EscalationLevel {
  readonly id: string;
  readonly fromDaysPastDue: number;
  /** The least open amount per currency (decimal string) for the level to apply; currencies left out have no floor. */
  readonly minOpenAmount?: Readonly<Record<string, string>>;
  /** The least risk tier (0–4) for the level to apply. */
  readonly minTier?: number;
  readonly measures: readonly EscalationMeasure[];
  readonly role: RoleId;
  /** The channels the level uses; the first carries the escalation notice. */
  readonly channels: readonly ChannelId[];
}

/** The limitation-period guard (诉讼时效, spec §5.1). */
export interface LimitationRule {
  readonly years: number;
  /** Days before expiry at which an alert is planned, e.g. `[180, 90]`. */
  readonly alertDays: readonly number[];
  /** Days before expiry at which, with no acknowledgement on record, a written demand with proof of delivery is forced. */
  readonly forceWrittenDemandDays: number;
}

/** A reminder policy: plain, JSON-friendly data validated by `parseReminderPolicy`. */
export interface ReminderPolicy {
  readonly preDue: PreDueRule;
  readonly overdue: {
    /** Cadences; on a day when several fall due for one customer, the strongest channel kind wins. */
    readonly cadences: readonly Cadence[];
  };
  readonly escalation: {
    /** `sequential`: a level applies only when every lower level does; `skip`: the highest level the facts call for. */
    readonly mode: 'sequential' | 'skip';
    /** Ordered by `fromDaysPastDue`, strictly increasing. */
    readonly levels: readonly EscalationLevel[];
  };
  /** Per currency (decimal strings): below this undisputed open amount per customer, nothing is sent. */
  readonly minOpenAmount: Readonly<Record<string, string>>;
  /** Least number of days between two contact days with one customer (1 allows a contact every day). */
  readonly minIntervalDays: number;
  /** Join several invoices of one customer into one contact per channel and day. */
  readonly joinInvoices: boolean;
  /** Which way a reminder due on a non-working day moves. */
  readonly nonBusinessDayShift: {
    readonly preDue: 'backward' | 'forward';
    readonly overdue: 'backward' | 'forward';
  };
  /** Days after a promised date during which reminders stay paused. */
  readonly promiseGraceDays: number;
  readonly limitation: LimitationRule;
}
