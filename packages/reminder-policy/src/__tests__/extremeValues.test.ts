import {
  addDays,
  decimal,
  type Instalment,
  type InstalmentRole,
  type Portfolio,
  parsePortfolio,
} from '@receivables/core';
import { checkHostileCall } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultReminderPolicy, planReminders, worklist } from '../index.ts';

const code = (code: string) => expect.objectContaining({ code });
const empty: Portfolio = parsePortfolio({});

/** One customer with one CNY invoice. */
function oneInvoice(issueDate: string, dueDate: string, amount = '1000.00'): Portfolio {
  return parsePortfolio({
    customers: [{ id: 'C1', name: 'Hengda Trading' }],
    invoices: [{ id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate, dueDate, amount }],
  });
}

const plan = (portfolio: Portfolio, from: string, to: string) =>
  planReminders(defaultReminderPolicy, portfolio, { from, to }).map(
    (action) => `${action.date} ${action.reason.rule} ${action.channel}`,
  );

describe('an empty portfolio', () => {
  it('plans nothing and puts nothing on the worklist, over any window', () => {
    expect(planReminders(defaultReminderPolicy, empty, { from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
    expect(worklist(defaultReminderPolicy, empty, { asOf: '2026-06-30' })).toEqual([]);
  });

  it('plans nothing in windows that touch the first or last day, rather than failing on the day beyond', () => {
    expect(planReminders(defaultReminderPolicy, empty, { from: '0001-01-01', to: '0001-01-31' })).toEqual([]);
    expect(planReminders(defaultReminderPolicy, empty, { from: '9999-12-01', to: '9999-12-31' })).toEqual([]);
    expect(worklist(defaultReminderPolicy, empty, { asOf: '0001-01-01' })).toEqual([]);
    expect(worklist(defaultReminderPolicy, empty, { asOf: '9999-12-31' })).toEqual([]);
  });
});

describe('invoices due near the first and last days', () => {
  it('plans the overdue cadence of an invoice due in the first week of year 1, dropping the reminder before it', () => {
    const actions = plan(oneInvoice('0001-01-01', '0001-01-05'), '0001-01-01', '0001-01-31');
    expect(actions).toEqual([
      '0001-01-08 cadence phone',
      '0001-01-15 cadence letter',
      '0001-01-22 cadence phone',
      '0001-01-25 cadence letter',
      '0001-01-29 cadence phone',
    ]);
  });

  it('plans the reminders of an invoice due in the last weeks of year 9999', () => {
    expect(plan(oneInvoice('9999-11-01', '9999-12-20'), '9999-12-01', '9999-12-31')).toEqual([
      '9999-12-10 preDue messaging',
      '9999-12-21 cadence phone',
      '9999-12-28 cadence phone',
      '9999-12-30 cadence letter',
    ]);
  });

  it('refuses with DATE_OUT_OF_RANGE when the limitation period would end after 9999-12-31', () => {
    expect(() => plan(oneInvoice('9997-05-01', '9997-06-01'), '9999-12-01', '9999-12-31')).toThrow(
      code('DATE_OUT_OF_RANGE'),
    );
  });
});

describe('amounts with 30 digits', () => {
  it('are refused with the ledger’s documented AMOUNT_OUT_OF_RANGE (2^53 − 1 minor units)', () => {
    const big = oneInvoice('2026-01-01', '2026-02-01', '123456789012345678901234567890.12');
    expect(() => planReminders(defaultReminderPolicy, big, { from: '2026-01-01', to: '2026-03-31' })).toThrow(
      code('AMOUNT_OUT_OF_RANGE'),
    );
    expect(() => worklist(defaultReminderPolicy, big, { asOf: '2026-03-02' })).toThrow(
      code('AMOUNT_OUT_OF_RANGE'),
    );
  });
});

describe('an invoice with a million instalments', () => {
  it('lists one contact per channel, each for exactly the instalments it joins, to the cent', () => {
    const count = 1_000_000;
    const cent = decimal('0.01');
    // Built in the validated shape: core's own test parses a million instalments.
    const instalments: Instalment[] = Array.from({ length: count }, (_, index) => ({
      index: index + 1,
      dueDate: addDays('2026-01-01', Math.floor(index / 10_000)),
      amount: cent,
      role: (index === 0 ? 'first' : index === count - 1 ? 'final' : 'middle') as InstalmentRole,
    }));
    const portfolio: Portfolio = {
      ...empty,
      customers: [{ id: 'C1', name: 'Hengda Trading', tags: {} }],
      invoices: [
        {
          id: 'INV-MILLION',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2026-01-01',
          dueDate: addDays('2026-01-01', 99),
          amount: decimal('10000.00'),
          instalments,
        },
      ],
    };
    const lines = worklist(defaultReminderPolicy, portfolio, { asOf: '2026-02-02' });
    expect(lines.length).toBeGreaterThan(0);
    const contacts = lines.flatMap((line) =>
      line.actions.map((action) => `${action.date} ${action.channel}`),
    );
    expect(new Set(contacts).size).toBe(contacts.length);
    for (const line of lines) {
      for (const action of line.actions) {
        // Every instalment is one cent, so a contact's amount in fen is the number of instalments it joins.
        expect(action.amountMinor).toBe(action.instalments.length);
        expect(new Set(action.instalments.map((part) => part.instalment)).size).toBe(
          action.instalments.length,
        );
      }
    }
  }, 180_000);
});

describe('properties', () => {
  it('plans any invoice dated anywhere in 0001–9999 over any month, or refuses with DATE_OUT_OF_RANGE', () => {
    const offset = fc.integer({ min: 0, max: 3_652_058 });
    fc.assert(
      fc.property(offset, fc.integer({ min: 0, max: 400 }), offset, (issue, term, start) => {
        const issueDate = addDays('0001-01-01', issue);
        const dueDate = addDays(issueDate, Math.min(term, 3_652_058 - issue));
        const from = addDays('0001-01-01', start);
        const to = addDays(from, Math.min(30, 3_652_058 - start));
        const outcome = checkHostileCall(() =>
          planReminders(defaultReminderPolicy, oneInvoice(issueDate, dueDate), { from, to }),
        );
        if (outcome.kind === 'rejected') expect(outcome.error.code).toBe('DATE_OUT_OF_RANGE');
        else expect(outcome.value.every((action) => action.date >= from && action.date <= to)).toBe(true);
      }),
    );
  });
});
