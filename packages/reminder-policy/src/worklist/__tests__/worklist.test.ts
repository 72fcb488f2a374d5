import { parsePortfolio } from '@receivables/core';
import { generatePortfolio } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultReminderPolicy, planReminders, worklist } from '../../index.ts';

const portfolio = parsePortfolio({
  customers: [
    { id: 'C1', name: 'Hengda Trading' },
    { id: 'C2', name: 'Lianhe Steel' },
    { id: 'C3', name: 'Dongfang Instruments' },
  ],
  invoices: [
    // Due 2023-03-01: the limitation period ends 2026-03-01; 180 days before is 2025-09-02.
    {
      id: 'OLD-1',
      customerId: 'C3',
      currency: 'CNY',
      issueDate: '2023-01-01',
      dueDate: '2023-03-01',
      amount: '150.00',
    },
    {
      id: 'INV-1',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2025-06-01',
      dueDate: '2025-08-25',
      amount: '5000.00',
    },
    {
      id: 'INV-2',
      customerId: 'C1',
      currency: 'USD',
      issueDate: '2025-06-01',
      dueDate: '2025-08-25',
      amount: '700.00',
    },
    {
      id: 'INV-3',
      customerId: 'C2',
      currency: 'CNY',
      issueDate: '2025-06-01',
      dueDate: '2025-08-25',
      amount: '90000.00',
    },
  ],
});
const asOf = '2025-09-02';

describe('worklist', () => {
  it('lists one line per customer and channel, limitation risk first, then tier, days past due and amount', () => {
    const lines = worklist(defaultReminderPolicy, portfolio, { asOf, tiers: { C1: 2 } });
    expect(lines.map((line) => `${line.rank} ${line.customerId} ${line.channel} ${line.score}`)).toEqual([
      '1 C3 letter 100916',
      '2 C1 phone 20008',
      '3 C2 phone 8',
    ]);
    const [, c1] = lines;
    expect(c1!.amounts).toEqual([
      { currency: 'CNY', amountMinor: 500000 },
      { currency: 'USD', amountMinor: 70000 },
    ]);
    expect([c1!.invoiceIds, c1!.reasons, c1!.actions.length]).toEqual([
      ['INV-1', 'INV-2'],
      ['cadence: every 7 days from day 1 past due', 'cadence: every 7 days from day 1 past due'],
      2,
    ]);
  });

  it('without tiers, ranks equal days past due by amount', () => {
    const lines = worklist(defaultReminderPolicy, portfolio, { asOf });
    expect(lines.map((line) => line.customerId)).toEqual(['C3', 'C2', 'C1']);
  });

  it('leaves out what the history shows as done today', () => {
    const history = { actions: [{ date: asOf, customerId: 'C2', channel: 'phone' as const }] };
    expect(
      worklist(defaultReminderPolicy, portfolio, { asOf, history }).map((line) => line.customerId),
    ).toEqual(['C3', 'C1']);
  });

  it('rejects a malformed date', () => {
    expect(() => worklist(defaultReminderPolicy, portfolio, { asOf: '2025-9-2' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', message: expect.stringMatching(/^worklist: asOf/) }),
    );
  });
});

describe('properties', () => {
  it('is the day’s plan: the worklist holds exactly the actions planReminders plans for that day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 700 }),
        (seed, dayOffset) => {
          const generated = generatePortfolio({ seed, customers: 5, invoices: 40 });
          const day = new Date(Date.UTC(2025, 0, 1 + dayOffset)).toISOString().slice(0, 10);
          const plan = planReminders(defaultReminderPolicy, generated, { from: day, to: day });
          const lines = worklist(defaultReminderPolicy, generated, { asOf: day });
          expect(lines.flatMap((line) => line.actions).length).toBe(plan.length);
          expect(new Set(lines.map((line) => `${line.customerId} ${line.channel}`)).size).toBe(lines.length);
          expect(lines.map((line) => line.rank)).toEqual(lines.map((_, index) => index + 1));
        },
      ),
      { numRuns: 30 },
    );
  });
});
