import { deepFreeze } from '@receivables/core';
import type { ReminderPolicy } from './ReminderPolicy.ts';

/**
 * The suite's default reminder policy (spec §3), frozen:
 *
 * - **Pre-due:** a message from sales 7 days before a first instalment (首款), 3 before a middle one
 *   (中款), 10 (one 旬) before the final one (尾款), with the pre-due checklist.
 * - **Overdue:** a phone call on days 1, 8, 15, … past due; a letter with proof of delivery on days 10,
 *   20, 30, …; a visit by two staff on days 30, 60, 90, … The strongest channel wins a shared day.
 * - **Escalation (sequential):** day 31 credit hold (finance), day 61 stop supply with a repayment plan and
 *   guarantee (executive), day 91 lawyer's letter (legal), day 106 filing (legal).
 * - Nothing below CNY 100, USD 20 or EUR 20 open per customer; one contact day at a time; invoices
 *   joined per customer, channel and day; pre-due reminders move earlier and overdue ones later off
 *   non-working days; 3 days' grace after a promised date; limitation of 3 years with alerts 180 and 90
 *   days ahead and a forced written demand 60 days ahead.
 *
 * @example
 * ```ts
 * import { defaultReminderPolicy } from '@receivables/reminder-policy';
 *
 * console.log(defaultReminderPolicy.preDue.leadDays); // {"first":7,"middle":3,"final":10}
 * console.log(Object.isFrozen(defaultReminderPolicy.overdue.cadences)); // true
 * ```
 */
export const defaultReminderPolicy: ReminderPolicy = /* @__PURE__ */ deepFreeze<ReminderPolicy>({
  preDue: {
    leadDays: { first: 7, middle: 3, final: 10 },
    channel: 'messaging',
    role: 'sales',
    checklist: [
      'invoice issued and delivered',
      'milestone documents signed',
      'satisfaction record on file',
      'statement reconciled',
      'bank details confirmed',
      "customer's payment-run dates and approvers known",
    ],
  },
  overdue: {
    cadences: [
      { mode: 'interval', channel: 'phone', startDay: 1, everyDays: 7 },
      { mode: 'interval', channel: 'letter', startDay: 10, everyDays: 10 },
      { mode: 'interval', channel: 'visit', startDay: 30, everyDays: 30 },
    ],
  },
  escalation: {
    mode: 'sequential',
    levels: [
      {
        id: 'creditHold',
        fromDaysPastDue: 31,
        measures: ['creditHold'],
        role: 'finance',
        channels: ['visit'],
      },
      {
        id: 'stopSupply',
        fromDaysPastDue: 61,
        measures: ['stopSupply', 'repaymentPlan', 'guarantee'],
        role: 'executive',
        channels: ['visit'],
      },
      {
        id: 'lawyerLetter',
        fromDaysPastDue: 91,
        measures: ['lawyerLetter'],
        role: 'legal',
        channels: ['lawyerLetter'],
      },
      {
        id: 'legalFiling',
        fromDaysPastDue: 106,
        measures: ['legalFiling'],
        role: 'legal',
        channels: ['legalFiling'],
      },
    ],
  },
  minOpenAmount: { CNY: '100.00', USD: '20.00', EUR: '20.00' },
  minIntervalDays: 1,
  joinInvoices: true,
  nonBusinessDayShift: { preDue: 'backward', overdue: 'forward' },
  promiseGraceDays: 3,
  limitation: { years: 3, alertDays: [180, 90], forceWrittenDemandDays: 60 },
});
