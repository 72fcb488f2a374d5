import type { Instalment, Invoice } from '@receivables/core';
import { toDayNumber } from '@receivables/core';
import type { ReminderRule } from '../planner/PlannedAction.ts';
import type { ChannelId } from '../policy/ChannelId.ts';
import type { ReminderPolicy } from '../policy/ReminderPolicy.ts';
import type { PlannerDays } from './plannerDays.ts';

/** One instalment that may be contacted about on one day, before the ledger is consulted. @internal */
export interface Candidate {
  readonly day: number;
  readonly rule: ReminderRule;
  /** `undefined` when the channel follows from the escalation level (broken promises). */
  readonly channel: ChannelId | undefined;
  readonly invoice: Invoice;
  readonly instalment: Instalment;
  readonly dueDay: number;
  readonly detail: string;
  /** For escalation candidates: the 1-based level entered. */
  readonly level?: number;
}

/** The window, and the widest range of raw days that can shift into it. @internal */
export interface CandidateWindow {
  readonly from: number;
  readonly to: number;
  readonly lowRaw: number;
  readonly highRaw: number;
  /** Raw days in [lowRaw, highRaw] that fall on the 1st, 11th or 21st of a month. */
  readonly xunDays: readonly number[];
}

/**
 * The pre-due, cadence and escalation candidates of one instalment whose shifted day falls in the
 * window. A raw day moves off non-working days in the policy's direction; a pre-due day that would reach
 * the due date moves backward instead, and an overdue one that would reach it moves forward.
 *
 * @internal
 */
export function instalmentCandidates(
  policy: ReminderPolicy,
  days: PlannerDays,
  window: CandidateWindow,
  invoice: Invoice,
  instalment: Instalment,
  out: Candidate[],
): void {
  const dueDay = toDayNumber(instalment.dueDate);
  const base = { invoice, instalment, dueDay };
  const push = (
    raw: number,
    shifted: number,
    rule: ReminderRule,
    channel: ChannelId,
    detail: string,
    level?: number,
  ) => {
    if (shifted < window.from || shifted > window.to || raw < window.lowRaw || raw > window.highRaw) return;
    out.push({ ...base, day: shifted, rule, channel, detail, ...(level === undefined ? {} : { level }) });
  };
  const lead = policy.preDue.leadDays[instalment.role];
  const preDueRaw = dueDay - lead;
  let preDueDay = days.shift(preDueRaw, policy.nonBusinessDayShift.preDue);
  if (preDueDay >= dueDay) preDueDay = days.shift(preDueRaw, 'backward');
  if (preDueDay < dueDay) {
    push(
      preDueRaw,
      preDueDay,
      'preDue',
      policy.preDue.channel,
      `${instalment.role} instalment due ${instalment.dueDate}: ${lead} days ahead`,
    );
  }
  const overdueDay = (raw: number): number => {
    const shifted = days.shift(raw, policy.nonBusinessDayShift.overdue);
    return shifted > dueDay ? shifted : days.shift(raw, 'forward');
  };
  for (const cadence of policy.overdue.cadences) {
    if (cadence.mode === 'interval') {
      const first = dueDay + cadence.startDay;
      const skip = first >= window.lowRaw ? 0 : Math.ceil((window.lowRaw - first) / cadence.everyDays);
      const detail = `every ${cadence.everyDays} days from day ${cadence.startDay} past due`;
      for (let raw = first + skip * cadence.everyDays; raw <= window.highRaw; raw += cadence.everyDays) {
        push(raw, overdueDay(raw), 'cadence', cadence.channel, detail);
      }
    } else {
      for (const raw of window.xunDays) {
        if (raw - dueDay >= cadence.startDay) {
          push(
            raw,
            overdueDay(raw),
            'cadence',
            cadence.channel,
            `on the 1st, 11th and 21st from day ${cadence.startDay} past due`,
          );
        }
      }
    }
  }
  policy.escalation.levels.forEach((level, index) => {
    const raw = dueDay + level.fromDaysPastDue;
    const detail = `level ${level.id} from day ${level.fromDaysPastDue} past due: ${level.measures.join(', ') || 'contact'}`;
    push(raw, overdueDay(raw), 'escalation', level.channels[0] ?? 'phone', detail, index + 1);
  });
}
