import { computeOpenItems } from '@receivables/aging';
import {
  addDays,
  type BusinessCalendar,
  createBusinessCalendar,
  type IsoDate,
  type Portfolio,
  type PortfolioInput,
  parsePortfolio,
} from '@receivables/core';
import { portfolioArbitrary } from '@receivables/testing';
import fc from 'fast-check';
import { defaultReminderPolicy } from '../../policy/defaultReminderPolicy.ts';
import { gentleReminderPolicy } from '../../policy/gentleReminderPolicy.ts';
import type { ReminderPolicy } from '../../policy/ReminderPolicy.ts';
import { strictReminderPolicy } from '../../policy/strictReminderPolicy.ts';
import type { PlannedAction } from '../PlannedAction.ts';

/** Example data: China's 2025 National Day closure (1–8 October) and its make-up workdays. */
export const nationalDay2025: BusinessCalendar = createBusinessCalendar({
  name: 'CN 2025 National Day (example data)',
  holidays: [
    '2025-10-01',
    '2025-10-02',
    '2025-10-03',
    '2025-10-04',
    '2025-10-05',
    '2025-10-06',
    '2025-10-07',
    '2025-10-08',
  ],
  workdays: ['2025-09-28', '2025-10-11'],
});

/** A 30/60/10 plan around the National Day closure. */
export function threeSixOne(extra: PortfolioInput = {}): Portfolio {
  return parsePortfolio({
    customers: [{ id: 'C1', name: 'Hengda Trading' }, ...(extra.customers ?? [])],
    invoices: [
      {
        id: 'INV-1',
        customerId: 'C1',
        currency: 'CNY',
        issueDate: '2025-06-02',
        amount: '10000.00',
        instalments: [
          { dueDate: '2025-09-30', amount: '3000.00' },
          { dueDate: '2025-10-14', amount: '6000.00' },
          { dueDate: '2025-10-15', amount: '1000.00' },
        ],
      },
      ...(extra.invoices ?? []),
    ],
    payments: extra.payments ?? [],
    disputes: extra.disputes ?? [],
    promises: extra.promises ?? [],
  });
}

/** `date channel rule daysPastDue amountMinor [instalments]`: one line per action, easy to read in a diff. */
export function summarize(plan: readonly PlannedAction[]): string[] {
  return plan.map(
    (action) =>
      `${action.date} ${action.customerId} ${action.channel} ${action.reason.rule} ${action.daysPastDue} ${action.amountMinor} ${action.instalments.map((entry) => `${entry.invoiceId}#${entry.instalment}`).join(',')}`,
  );
}

/** What is owed and undisputed on each instalment as of a date, by `invoiceId#instalment`. */
export function undisputedOpen(portfolio: Portfolio, date: IsoDate): Map<string, number> {
  const result = new Map<string, number>();
  for (const item of computeOpenItems(portfolio, { asOf: date }).items) {
    result.set(`${item.invoiceId}#${item.instalment}`, item.openMinor - item.disputedMinor);
  }
  return result;
}

/** A case for the laws: a generated portfolio, a window anchored on one of its instalments, a calendar with holidays, a policy. */
export interface PlanCase {
  readonly portfolio: Portfolio;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly calendar: BusinessCalendar;
  readonly policy: ReminderPolicy;
}

export function planCaseArbitrary(): fc.Arbitrary<PlanCase> {
  const policy = fc
    .record({
      preset: fc.constantFrom(defaultReminderPolicy, gentleReminderPolicy, strictReminderPolicy),
      minIntervalDays: fc.integer({ min: 1, max: 12 }),
      joinInvoices: fc.boolean(),
      preDueShift: fc.constantFrom('backward' as const, 'forward' as const),
      overdueShift: fc.constantFrom('backward' as const, 'forward' as const),
    })
    .map(
      ({ preset, minIntervalDays, joinInvoices, preDueShift, overdueShift }): ReminderPolicy => ({
        ...preset,
        minIntervalDays,
        joinInvoices,
        nonBusinessDayShift: { preDue: preDueShift, overdue: overdueShift },
      }),
    );
  return fc
    .record({
      portfolio: portfolioArbitrary({ maxCustomers: 3, maxInvoices: 8 }).filter((p) => p.invoices.length > 0),
      anchor: fc.nat(),
      startOffset: fc.integer({ min: -40, max: 120 }),
      length: fc.integer({ min: 0, max: 90 }),
      holidayOffsets: fc.uniqueArray(fc.integer({ min: -20, max: 120 }), { maxLength: 12 }),
      policy,
    })
    .map(({ portfolio, anchor, startOffset, length, holidayOffsets, policy: chosen }) => {
      const invoice = portfolio.invoices[anchor % portfolio.invoices.length]!;
      const from = addDays(invoice.instalments[0]!.dueDate, startOffset);
      const calendar = createBusinessCalendar({
        name: 'generated (example data)',
        holidays: holidayOffsets.map((offset) => addDays(from, offset)),
      });
      return { portfolio, from, to: addDays(from, length), calendar, policy: chosen };
    });
}
