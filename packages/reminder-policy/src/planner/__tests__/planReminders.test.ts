import {
  addDays,
  compareDates,
  createBusinessCalendar,
  isBusinessDay,
  parsePortfolio,
  serializePortfolio,
} from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultReminderPolicy,
  gentleReminderPolicy,
  planReminders,
  strictReminderPolicy,
} from '../../index.ts';
import type { ReminderPolicy } from '../../policy/ReminderPolicy.ts';
import {
  nationalDay2025,
  planCaseArbitrary,
  summarize,
  threeSixOne,
  undisputedOpen,
} from './planFixtures.ts';

const window = { from: '2025-09-15', to: '2025-10-31', calendar: nationalDay2025 } as const;

describe('planReminders', () => {
  it('plans the default policy on a 30/60/10 plan around a holiday period with make-up workdays', () => {
    expect(summarize(planReminders(defaultReminderPolicy, threeSixOne(), window))).toEqual([
      // First instalment: T−7 on a working Tuesday.
      '2025-09-23 C1 messaging preDue -7 300000 INV-1#1',
      // Final instalment: T−10 is 5 October, a holiday; it moves back past the closure to 30 September.
      '2025-09-30 C1 messaging preDue -15 100000 INV-1#3',
      // Day 1 past due is 1 October: the call moves forward to the first working day after the closure,
      // where day 8's call lands too; one call covers both.
      '2025-10-09 C1 phone cadence 9 300000 INV-1#1',
      '2025-10-10 C1 letter cadence 10 300000 INV-1#1',
      // Middle instalment: T−3 is Saturday 11 October, a make-up workday, so it stays.
      '2025-10-11 C1 messaging preDue -3 600000 INV-1#2',
      // Two instalments of one invoice are joined into one call.
      '2025-10-15 C1 phone cadence 15 900000 INV-1#1,INV-1#2',
      '2025-10-16 C1 phone cadence 1 100000 INV-1#3',
      '2025-10-20 C1 letter cadence 20 300000 INV-1#1',
      '2025-10-22 C1 phone cadence 22 900000 INV-1#1,INV-1#2',
      '2025-10-23 C1 phone cadence 8 100000 INV-1#3',
      '2025-10-24 C1 letter cadence 10 600000 INV-1#2',
      '2025-10-27 C1 letter cadence 12 100000 INV-1#3',
      '2025-10-29 C1 phone cadence 29 900000 INV-1#1,INV-1#2',
      // Day 30: the visit wins over the letter due the same day and the call due for the final instalment.
      '2025-10-30 C1 visit cadence 30 400000 INV-1#1,INV-1#3',
      '2025-10-31 C1 visit escalation 31 300000 INV-1#1',
    ]);
  });

  it('carries the checklist, the role and the stage a script needs', () => {
    const plan = planReminders(defaultReminderPolicy, threeSixOne(), window);
    const preDue = plan[0]!;
    expect(preDue.checklist).toEqual(defaultReminderPolicy.preDue.checklist);
    expect(preDue.context).toEqual({ stage: 'beforeDue' });
    expect(preDue.reason).toEqual({
      rule: 'preDue',
      detail: 'first instalment due 2025-09-30: 7 days ahead',
    });
    const escalation = plan.at(-1)!;
    expect([escalation.role, escalation.level, escalation.channelKind, escalation.context.stage]).toEqual([
      'finance',
      1,
      'inPerson',
      'middleOverdue',
    ]);
    expect(escalation.checklist).toBeUndefined();
  });

  it('stops everything on the day an instalment is fully paid', () => {
    const portfolio = threeSixOne({
      payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2025-10-15', amount: '3000.00' }],
    });
    const lines = summarize(planReminders(defaultReminderPolicy, portfolio, window));
    expect(lines.filter((line) => line.includes('INV-1#1') && line >= '2025-10-15')).toEqual([]);
    expect(lines).toContain('2025-10-15 C1 phone cadence 1 600000 INV-1#2');
  });

  it('keeps the undisputed rest of a disputed instalment and resumes when the dispute is resolved', () => {
    const portfolio = threeSixOne({
      disputes: [
        {
          id: 'D1',
          customerId: 'C1',
          invoiceId: 'INV-1',
          instalment: 1,
          openedOn: '2025-10-01',
          resolvedOn: '2025-10-20',
          amount: '1000.00',
          reason: 'acceptance report not signed',
        },
      ],
    });
    const plan = planReminders(defaultReminderPolicy, portfolio, window);
    const first = plan.find((action) => action.date === '2025-10-09')!;
    expect([first.amountMinor, first.context.excuse]).toEqual([200000, 'acceptance report not signed']);
    expect(plan.find((action) => action.date === '2025-10-20')?.amountMinor).toBe(300000);
  });

  it('plans nothing on an instalment disputed in full while the dispute is open', () => {
    const portfolio = threeSixOne({
      disputes: [
        {
          id: 'D1',
          customerId: 'C1',
          invoiceId: 'INV-1',
          instalment: 1,
          openedOn: '2025-09-01',
          amount: '3000.00',
        },
      ],
    });
    const plan = planReminders(defaultReminderPolicy, portfolio, window);
    expect(plan.filter((action) => action.instalments.some((entry) => entry.instalment === 1))).toEqual([]);
  });

  it('pauses for a promise until the promised date plus grace, then follows up a broken one a level higher', () => {
    const portfolio = threeSixOne({
      promises: [
        {
          id: 'PR1',
          customerId: 'C1',
          invoiceIds: ['INV-1'],
          madeOn: '2025-10-09',
          promisedDate: '2025-10-17',
          amount: '3000.00',
          currency: 'CNY',
        },
      ],
    });
    const lines = summarize(planReminders(defaultReminderPolicy, portfolio, window));
    // Paused from 9 October through 20 October (17 October + 3 days' grace).
    expect(lines.filter((line) => line >= '2025-10-09' && line < '2025-10-21')).toEqual([]);
    const followUp = planReminders(defaultReminderPolicy, portfolio, window).find(
      (action) => action.reason.rule === 'brokenPromise',
    )!;
    expect([followUp.date, followUp.level, followUp.role, followUp.channel]).toEqual([
      '2025-10-21',
      1,
      'finance',
      'visit',
    ]);
    expect(followUp.reason.detail).toBe(
      'promise PR1 to pay by 2025-10-17 was broken; visit by at least two staff',
    );
  });

  it('does not follow up a promise that was kept', () => {
    const portfolio = threeSixOne({
      promises: [
        {
          id: 'PR1',
          customerId: 'C1',
          madeOn: '2025-10-09',
          promisedDate: '2025-10-17',
          amount: '3000.00',
          currency: 'CNY',
          status: 'kept',
        },
      ],
    });
    const plan = planReminders(defaultReminderPolicy, portfolio, window);
    expect(plan.filter((action) => action.reason.rule === 'brokenPromise')).toEqual([]);
  });

  it('sends nothing below the minimum open amount', () => {
    const policy: ReminderPolicy = { ...defaultReminderPolicy, minOpenAmount: { CNY: '3000.01' } };
    const lines = summarize(planReminders(policy, threeSixOne(), window));
    expect(lines.every((line) => Number(line.split(' ')[5]) >= 300001)).toBe(true);
    expect(lines).toContain('2025-10-15 C1 phone cadence 15 900000 INV-1#1,INV-1#2');
  });

  it('keeps contact days with one customer at least the minimum interval apart', () => {
    const lines = summarize(planReminders(gentleReminderPolicy, threeSixOne(), window));
    // The gentle policy wants 5 days between contact days: the middle instalment's pre-due message on
    // 11 October comes 2 days after the 9 October message, so it is skipped.
    expect(lines).toEqual([
      '2025-09-23 C1 messaging preDue -7 300000 INV-1#1',
      '2025-09-30 C1 messaging preDue -15 100000 INV-1#3',
      '2025-10-09 C1 messaging cadence 9 300000 INV-1#1',
      '2025-10-15 C1 email cadence 15 300000 INV-1#1',
      '2025-10-20 C1 messaging cadence 5 100000 INV-1#3',
      '2025-10-29 C1 email cadence 15 600000 INV-1#2',
    ]);
  });

  it('keeps invoices apart when the policy does not join them', () => {
    const portfolio = threeSixOne({
      invoices: [
        {
          id: 'INV-2',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2025-06-02',
          dueDate: '2025-09-30',
          amount: '500.00',
        },
      ],
    });
    const joined = planReminders(defaultReminderPolicy, portfolio, window).filter(
      (a) => a.date === '2025-10-09',
    );
    const apart = planReminders({ ...defaultReminderPolicy, joinInvoices: false }, portfolio, window).filter(
      (a) => a.date === '2025-10-09',
    );
    expect(joined.map((action) => action.invoiceIds)).toEqual([['INV-1', 'INV-2']]);
    expect(apart.map((action) => action.invoiceIds)).toEqual([['INV-1'], ['INV-2']]);
  });

  it('sends written demands on the calendar 旬 in xun mode', () => {
    const letters = planReminders(strictReminderPolicy, threeSixOne(), window).filter(
      (a) => a.channel === 'letter',
    );
    // 1 and 11 October fall in or right after the closure: the 1st moves to 9 October, the 11th is a make-up workday.
    expect(letters.map((action) => action.date)).toEqual(['2025-10-09', '2025-10-11', '2025-10-21']);
  });

  it('moves pre-due reminders forward when asked, but backward when forward would reach the due date', () => {
    const forward: ReminderPolicy = {
      ...defaultReminderPolicy,
      nonBusinessDayShift: { preDue: 'forward', overdue: 'forward' },
    };
    const preDue = planReminders(forward, threeSixOne(), window).filter((a) => a.reason.rule === 'preDue');
    expect(preDue.map((action) => `${action.date} ${action.daysPastDue}`)).toEqual([
      '2025-09-23 -7',
      '2025-10-09 -6',
      '2025-10-11 -3',
    ]);
    const dueAfterClosure = parsePortfolio({
      customers: [{ id: 'C1', name: 'Hengda Trading' }],
      invoices: [
        {
          id: 'INV-9',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2025-06-02',
          dueDate: '2025-10-09',
          amount: '500.00',
        },
      ],
    });
    const fiveDays: ReminderPolicy = {
      ...forward,
      preDue: { ...forward.preDue, leadDays: { first: 7, middle: 3, final: 5 } },
    };
    // T−5 is 4 October; forward lands on the due date 9 October itself, so it goes back to 30 September.
    const moved = planReminders(fiveDays, dueAfterClosure, window).filter((a) => a.reason.rule === 'preDue');
    expect(moved.map((action) => `${action.date} ${action.daysPastDue}`)).toEqual(['2025-09-30 -9']);
  });

  it('escalates by tier when a level requires one, and skips levels only when the policy allows', () => {
    const levels = defaultReminderPolicy.escalation.levels;
    const tiered: ReminderPolicy = {
      ...defaultReminderPolicy,
      escalation: { mode: 'sequential', levels: [{ ...levels[0]!, minTier: 3 }, ...levels.slice(1)] },
    };
    const wide = { ...window, to: '2025-12-31' };
    const levelsOf = (policy: ReminderPolicy, tiers: Record<string, number>) => [
      ...new Set(planReminders(policy, threeSixOne(), { ...wide, tiers }).map((action) => action.level)),
    ];
    expect(levelsOf(tiered, { C1: 1 })).toEqual([0]);
    expect(levelsOf(tiered, { C1: 3 })).toEqual([0, 1, 2, 3]);
    expect(levelsOf({ ...tiered, escalation: { ...tiered.escalation, mode: 'skip' } }, { C1: 1 })).toEqual([
      0, 2, 3,
    ]);
  });

  it('rejects bad options with coded errors', () => {
    const portfolio = threeSixOne();
    expect(() =>
      planReminders(defaultReminderPolicy, portfolio, { from: '2025-10-02', to: '2025-10-01' }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() =>
      planReminders(defaultReminderPolicy, portfolio, { from: '2025-02-30', to: '2025-10-01' }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_DATE',
        message: expect.stringMatching(/^planReminders: from/),
      }),
    );
    expect(() =>
      planReminders(defaultReminderPolicy, portfolio, {
        ...window,
        history: { actions: [{ date: '2025-10-01', customerId: 'C1', channel: 'fax' as never }] },
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_HISTORY' }));
    expect(() => planReminders(defaultReminderPolicy, portfolio, { ...window, tiers: { C1: 7 } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => planReminders({ ...defaultReminderPolicy, minIntervalDays: 0 }, portfolio, window)).toThrow(
      expect.objectContaining({ code: 'INVALID_POLICY' }),
    );
    const closed = createBusinessCalendar({ name: 'closed (example data)', weekend: [1, 2, 3, 4, 5, 6, 7] });
    expect(() => planReminders(defaultReminderPolicy, portfolio, { ...window, calendar: closed })).toThrow(
      expect.objectContaining({ code: 'NO_BUSINESS_DAY' }),
    );
  });
});

describe('properties', () => {
  it('joins contacts: at most one action per customer, channel, currency and day (and invoice, when the policy does not join invoices), whatever rules call for it', () => {
    fc.assert(
      fc.property(planCaseArbitrary(), ({ portfolio, from, to, calendar, policy }) => {
        const keys = planReminders(policy, portfolio, { from, to, calendar }).map(
          (action) =>
            `${action.date}|${action.customerId}|${action.channel}|${action.currency}|${policy.joinInvoices ? '' : action.invoiceIds.join(',')}`,
        );
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it('stops after full payment and spares disputes: every action is about undisputed amounts owed on its date', () => {
    fc.assert(
      fc.property(planCaseArbitrary(), ({ portfolio, from, to, calendar, policy }) => {
        for (const action of planReminders(policy, portfolio, { from, to, calendar })) {
          const open = undisputedOpen(portfolio, action.date);
          const amounts = action.instalments.map(
            (entry) => open.get(`${entry.invoiceId}#${entry.instalment}`) ?? 0,
          );
          expect(amounts.every((amount) => amount > 0)).toBe(true);
          expect(action.amountMinor).toBe(amounts.reduce((sum, amount) => sum + amount, 0));
        }
      }),
    );
  });

  it('never reminds before the due date on or after it: pre-due dates come before every due date', () => {
    fc.assert(
      fc.property(planCaseArbitrary(), ({ portfolio, from, to, calendar, policy }) => {
        const dueDates = new Map(
          portfolio.invoices.flatMap((invoice) =>
            invoice.instalments.map((entry) => [`${invoice.id}#${entry.index}`, entry.dueDate] as const),
          ),
        );
        for (const action of planReminders(policy, portfolio, { from, to, calendar })) {
          if (action.reason.rule !== 'preDue') continue;
          for (const entry of action.instalments) {
            expect(compareDates(action.date, dueDates.get(`${entry.invoiceId}#${entry.instalment}`)!)).toBe(
              -1,
            );
          }
        }
      }),
    );
  });

  it('respects the minimum interval: contact days with one customer are at least minIntervalDays apart', () => {
    fc.assert(
      fc.property(planCaseArbitrary(), ({ portfolio, from, to, calendar, policy }) => {
        const daysByCustomer = new Map<string, string[]>();
        for (const action of planReminders(policy, portfolio, { from, to, calendar })) {
          const days = daysByCustomer.get(action.customerId) ?? [];
          if (days.at(-1) !== action.date) days.push(action.date);
          daysByCustomer.set(action.customerId, days);
        }
        for (const days of daysByCustomer.values()) {
          days.slice(1).forEach((day, index) => {
            expect(compareDates(addDays(days[index]!, policy.minIntervalDays), day)).toBeLessThanOrEqual(0);
          });
        }
      }),
    );
  });

  it('works on working days: every planned date is a business day of the calendar', () => {
    fc.assert(
      fc.property(planCaseArbitrary(), ({ portfolio, from, to, calendar, policy }) => {
        for (const action of planReminders(policy, portfolio, { from, to, calendar })) {
          expect(isBusinessDay(calendar, action.date)).toBe(true);
        }
      }),
    );
  });

  it('adds up: planning a window in two halves, the second with the first as history, equals planning it whole', () => {
    fc.assert(
      fc.property(planCaseArbitrary(), fc.nat(), ({ portfolio, from, to, calendar, policy }, cut) => {
        const whole = planReminders(policy, portfolio, { from, to, calendar });
        const length = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
        const middle = addDays(from, cut % (length + 1));
        const first = planReminders(policy, portfolio, { from, to: middle, calendar });
        const second =
          middle === to
            ? []
            : planReminders(policy, portfolio, {
                from: addDays(middle, 1),
                to,
                calendar,
                history: { actions: first },
              });
        expect([...first, ...second]).toEqual(whole);
      }),
    );
  });

  it('is idempotent: replanning with the history of a plan adds nothing', () => {
    fc.assert(
      fc.property(planCaseArbitrary(), ({ portfolio, from, to, calendar, policy }) => {
        const plan = planReminders(policy, portfolio, { from, to, calendar });
        expect(planReminders(policy, portfolio, { from, to, calendar, history: { actions: plan } })).toEqual(
          [],
        );
      }),
    );
  });

  it('is deterministic: the same inputs give the same plan', () => {
    fc.assert(
      fc.property(planCaseArbitrary(), ({ portfolio, from, to, calendar, policy }) => {
        expect(planReminders(policy, portfolio, { from, to, calendar })).toEqual(
          planReminders(policy, parsePortfolio(JSON.parse(JSON.stringify(serializePortfolio(portfolio)))), {
            from,
            to,
            calendar,
          }),
        );
      }),
    );
  });
});
