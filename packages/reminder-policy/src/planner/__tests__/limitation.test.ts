import { addDays, addYears, differenceInDays, type PortfolioInput, parsePortfolio } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultReminderPolicy,
  planReminders,
  type ReminderHistory,
  strictReminderPolicy,
} from '../../index.ts';
import type { ReminderPolicy } from '../../policy/ReminderPolicy.ts';

const base: PortfolioInput = {
  customers: [{ id: 'C1', name: 'Hengda Trading' }],
  invoices: [
    {
      id: 'INV-1',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2023-01-01',
      dueDate: '2023-03-01',
      amount: '8000.00',
    },
  ],
};
const window = { from: '2025-08-01', to: '2026-02-28' } as const;

function limitationLines(policy: ReminderPolicy, input: PortfolioInput, history?: ReminderHistory): string[] {
  return planReminders(policy, parsePortfolio(input), {
    ...window,
    ...(history === undefined ? {} : { history }),
  })
    .filter((action) => action.reason.rule === 'limitation')
    .map((action) => `${action.date} ${action.channel} ${action.role} ${action.amountMinor}`);
}

describe('limitation-period guard', () => {
  it('alerts 180 and 90 days before expiry and forces a written demand 60 days before', () => {
    // Last due date 2023-03-01, no interruption: the period ends on 2026-03-01.
    expect(limitationLines(defaultReminderPolicy, base)).toEqual([
      '2025-09-02 letter legal 800000',
      '2025-12-01 letter legal 800000',
      '2025-12-31 letter legal 800000',
    ]);
    const forced = planReminders(defaultReminderPolicy, parsePortfolio(base), window).find(
      (action) => action.date === '2025-12-31' && action.reason.rule === 'limitation',
    )!;
    expect(forced.reason.detail).toBe(
      'limitation period expires on 2026-03-01: 60 days left and no acknowledgement on record; send a written demand with proof of delivery',
    );
    expect([forced.channelKind, forced.context.stage]).toEqual(['written', 'legal']);
  });

  it('moves alerts back to a working day', () => {
    const weekdayMarks = { ...base, invoices: [{ ...base.invoices![0]!, dueDate: '2023-03-22' }] };
    // Expiry 2026-03-22: − 180 = Tuesday 2025-09-23, − 90 = Monday 2025-12-22, − 60 = Wednesday 2026-01-21.
    expect(limitationLines(defaultReminderPolicy, weekdayMarks).map((line) => line.slice(0, 10))).toEqual([
      '2025-09-23',
      '2025-12-22',
      '2026-01-21',
    ]);
    const weekendMarks = { ...base, invoices: [{ ...base.invoices![0]!, dueDate: '2023-03-27' }] };
    // Expiry 2026-03-27: − 180 = Sunday 2025-09-28 → Friday 2025-09-26; − 90 = Saturday 2025-12-27 →
    // Friday 2025-12-26; − 60 = Monday 2026-01-26.
    expect(limitationLines(defaultReminderPolicy, weekendMarks).map((line) => line.slice(0, 10))).toEqual([
      '2025-09-26',
      '2025-12-26',
      '2026-01-26',
    ]);
  });

  it('restarts the period on an acknowledgement, a delivered written demand or a part payment', () => {
    const restarted = ['2025-09-02 letter legal 800000'];
    expect(
      limitationLines(defaultReminderPolicy, base, {
        acknowledgements: [{ date: '2025-10-15', customerId: 'C1' }],
      }),
    ).toEqual(restarted);
    expect(
      limitationLines(defaultReminderPolicy, base, {
        deliveredDemands: [{ date: '2025-10-15', customerId: 'C1', invoiceIds: ['INV-1'] }],
      }),
    ).toEqual(restarted);
    const partPayment = {
      ...base,
      payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2025-10-15', amount: '1000.00' }],
    };
    expect(limitationLines(defaultReminderPolicy, partPayment)).toEqual(['2025-09-02 letter legal 800000']);
  });

  it('is not interrupted by oral contacts or by a demand about another invoice', () => {
    const all = limitationLines(defaultReminderPolicy, base);
    expect(
      limitationLines(defaultReminderPolicy, base, {
        actions: [{ date: '2025-10-15', customerId: 'C1', channel: 'phone', invoiceIds: ['INV-1'] }],
        deliveredDemands: [{ date: '2025-10-15', customerId: 'C1', invoiceIds: ['INV-2'] }],
      }),
    ).toEqual(all);
  });

  it('uses the policy’s years and alert days', () => {
    const policy: ReminderPolicy = {
      ...strictReminderPolicy,
      limitation: { years: 3, alertDays: [365], forceWrittenDemandDays: 30 },
    };
    // Expiry 2026-03-01: 365 days before is Saturday 2025-03-01 (outside the window); 30 days before is
    // Friday 2026-01-30.
    expect(limitationLines(policy, base)).toEqual(['2026-01-30 letter legal 800000']);
  });
});

describe('properties', () => {
  it('counts from the last due date: each mark falls its days before expiry, or up to 2 more to reach a weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (offset) => {
        const dueDate = addDays('2022-09-01', offset);
        const input = { ...base, invoices: [{ ...base.invoices![0]!, issueDate: '2022-01-01', dueDate }] };
        const expiry = addYears(dueDate, 3);
        const plan = planReminders(defaultReminderPolicy, parsePortfolio(input), {
          from: '2024-06-01',
          to: '2026-12-31',
        });
        const leads = plan
          .filter((action) => action.reason.rule === 'limitation')
          .map((action) => differenceInDays(expiry, action.date));
        expect(leads.length).toBe(3);
        [180, 90, 60].forEach((days, index) => {
          expect(leads[index]! - days).toBeGreaterThanOrEqual(0);
          expect(leads[index]! - days).toBeLessThanOrEqual(2);
        });
      }),
    );
  });
});
