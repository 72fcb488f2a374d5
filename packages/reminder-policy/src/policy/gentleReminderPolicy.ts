import { deepFreeze } from '@receivables/core';
import { defaultReminderPolicy } from './defaultReminderPolicy.ts';
import type { ReminderPolicy } from './ReminderPolicy.ts';

/**
 * A gentle reminder policy for strategic or long-standing customers, frozen: the default pre-due
 * reminders; a message every 14 days from day 3 past due, an email every 15 days from day 15 and a
 * visit every 60 days from day 60; sequential escalation that starts a month later than the default
 * (credit hold on day 61, stop supply on day 91, lawyer's letter on day 151, filing on day 181); at
 * least 5 days between contact days; 7 days' grace after a promised date.
 *
 * @example
 * ```ts
 * import { gentleReminderPolicy } from '@receivables/reminder-policy';
 *
 * console.log(gentleReminderPolicy.overdue.cadences.map((cadence) => cadence.channel)); // ["messaging","email","visit"]
 * console.log(gentleReminderPolicy.minIntervalDays); // 5
 * ```
 */
export const gentleReminderPolicy: ReminderPolicy = /* @__PURE__ */ deepFreeze<ReminderPolicy>({
  ...defaultReminderPolicy,
  overdue: {
    cadences: [
      { mode: 'interval', channel: 'messaging', startDay: 3, everyDays: 14 },
      { mode: 'interval', channel: 'email', startDay: 15, everyDays: 15 },
      { mode: 'interval', channel: 'visit', startDay: 60, everyDays: 60 },
    ],
  },
  escalation: {
    mode: 'sequential',
    levels: [
      {
        id: 'creditHold',
        fromDaysPastDue: 61,
        measures: ['creditHold'],
        role: 'finance',
        channels: ['visit'],
      },
      {
        id: 'stopSupply',
        fromDaysPastDue: 91,
        measures: ['stopSupply', 'repaymentPlan'],
        role: 'executive',
        channels: ['visit'],
      },
      {
        id: 'lawyerLetter',
        fromDaysPastDue: 151,
        measures: ['lawyerLetter'],
        role: 'legal',
        channels: ['lawyerLetter'],
      },
      {
        id: 'legalFiling',
        fromDaysPastDue: 181,
        measures: ['legalFiling'],
        role: 'legal',
        channels: ['legalFiling'],
      },
    ],
  },
  minIntervalDays: 5,
  promiseGraceDays: 7,
});
