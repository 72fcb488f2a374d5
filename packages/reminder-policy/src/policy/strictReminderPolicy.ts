import { deepFreeze } from '@receivables/core';
import { defaultReminderPolicy } from './defaultReminderPolicy.ts';
import type { ReminderPolicy } from './ReminderPolicy.ts';

/**
 * A strict reminder policy for high-risk customers, frozen: the default pre-due reminders; a phone call
 * every 7 days from day 1 past due, a letter on the calendar 旬 (the 1st, 11th and 21st) from day 1 and a
 * visit every 30 days from day 15; escalation that skips to the level the facts call for (credit hold on
 * day 16, stop supply on day 31, lawyer's letter on day 61, filing on day 76); no grace after a promised
 * date; limitation alerts 365, 180 and 90 days ahead.
 *
 * @example
 * ```ts
 * import { strictReminderPolicy } from '@receivables/reminder-policy';
 *
 * console.log(strictReminderPolicy.escalation.mode); // skip
 * console.log(strictReminderPolicy.escalation.levels.map((level) => level.fromDaysPastDue)); // [16,31,61,76]
 * ```
 */
export const strictReminderPolicy: ReminderPolicy = /* @__PURE__ */ deepFreeze<ReminderPolicy>({
  ...defaultReminderPolicy,
  overdue: {
    cadences: [
      { mode: 'interval', channel: 'phone', startDay: 1, everyDays: 7 },
      { mode: 'xun', channel: 'letter', startDay: 1 },
      { mode: 'interval', channel: 'visit', startDay: 15, everyDays: 30 },
    ],
  },
  escalation: {
    mode: 'skip',
    levels: [
      {
        id: 'creditHold',
        fromDaysPastDue: 16,
        measures: ['creditHold'],
        role: 'finance',
        channels: ['visit'],
      },
      {
        id: 'stopSupply',
        fromDaysPastDue: 31,
        measures: ['stopSupply', 'repaymentPlan', 'guarantee'],
        role: 'executive',
        channels: ['visit'],
      },
      {
        id: 'lawyerLetter',
        fromDaysPastDue: 61,
        measures: ['lawyerLetter'],
        role: 'legal',
        channels: ['lawyerLetter'],
      },
      {
        id: 'legalFiling',
        fromDaysPastDue: 76,
        measures: ['legalFiling', 'agency'],
        role: 'legal',
        channels: ['legalFiling'],
      },
    ],
  },
  promiseGraceDays: 0,
  limitation: { years: 3, alertDays: [365, 180, 90], forceWrittenDemandDays: 60 },
});
