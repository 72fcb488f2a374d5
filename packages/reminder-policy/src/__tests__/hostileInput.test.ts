import {
  addDays,
  differenceInDays,
  type IsoDate,
  isIsoDate,
  parsePortfolio,
  type ReceivablesErrorCode,
} from '@receivables/core';
import {
  checkHostileCall,
  checkLinearTime,
  hostileDateArbitrary,
  hostileJsonArbitrary,
  hostileNumberArbitrary,
  nearValidArbitrary,
  portfolioArbitrary,
} from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultReminderPolicy,
  gentleReminderPolicy,
  parseReminderPolicy,
  planReminders,
  resolvePolicy,
  strictReminderPolicy,
  worklist,
} from '../index.ts';

/** A value as a JSON file would hold it. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const json = hostileJsonArbitrary();
const presets = [defaultReminderPolicy, gentleReminderPolicy, strictReminderPolicy].map(plain);

/** A preset policy file with one hostile change anywhere in it. */
const nearValidPolicies = nearValidArbitrary(fc.constantFrom(...presets), {
  values: fc.oneof(json, hostileNumberArbitrary()),
}).map(({ value }) => value);

function expectContained(call: () => unknown, codes: readonly ReceivablesErrorCode[]): void {
  const outcome = checkHostileCall(call);
  if (outcome.kind === 'rejected') expect(codes).toContain(outcome.error.code);
}

const ledger = parsePortfolio({
  customers: [{ id: 'C1', name: 'Hengda Trading' }],
  invoices: [
    {
      id: 'INV-1',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-01-05',
      dueDate: '2026-02-04',
      amount: '8000.00',
    },
    {
      id: 'INV-2',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-02-10',
      dueDate: '2026-03-12',
      amount: '500.00',
    },
  ],
});

/** What a caller feeds back as history: a month of plan, an acknowledgement and a delivered demand. */
const history = plain({
  actions: planReminders(defaultReminderPolicy, ledger, { from: '2026-02-01', to: '2026-02-28' }),
  acknowledgements: [{ date: '2026-02-20', customerId: 'C1', invoiceIds: ['INV-1'] }],
  deliveredDemands: [{ date: '2026-02-25', customerId: 'C1' }],
});

/** A hostile date and a day up to six weeks after it, or two hostile dates (which {@link isHuge} may skip). */
const windows = fc.oneof(
  fc.tuple(hostileDateArbitrary(), fc.integer({ min: -3, max: 40 })).map(([from, days]) => ({
    from,
    to: isIsoDate(from) && isWithinRange(from, days) ? addDays(from, days) : from,
  })),
  fc.tuple(hostileDateArbitrary(), hostileDateArbitrary()).map(([from, to]) => ({ from, to })),
);

function isWithinRange(date: IsoDate, days: number): boolean {
  return checkHostileCall(() => addDays(date, days)).kind === 'returned';
}

/** Whether a window is too long to plan in a test: millennia of reminders are real work, not a hang. */
function isHuge(window: { from: unknown; to: unknown }): boolean {
  return (
    isIsoDate(window.from) && isIsoDate(window.to) && Math.abs(differenceInDays(window.to, window.from)) > 400
  );
}

describe('inputs that once broke resolvePolicy', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])(
    'gives a customer with the id %j the base policy, not an Object member',
    (customerId) => {
      const policy = resolvePolicy(
        { base: defaultReminderPolicy, customers: { C1: { minIntervalDays: 9 } } },
        { customerId },
      );
      expect(policy.minIntervalDays).toBe(defaultReminderPolicy.minIntervalDays);
    },
  );

  it('reports a __proto__ key in an override as an unknown field instead of following it', () => {
    const override = JSON.parse('{"__proto__":{"minIntervalDays":9}}') as object;
    expect(() =>
      resolvePolicy({ base: defaultReminderPolicy, customers: { C1: override } }, { customerId: 'C1' }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_POLICY',
        details: {
          issues: [expect.objectContaining({ pathText: 'customers.C1', code: 'unrecognized_keys' })],
        },
      }),
    );
  });

  it('refuses layers or a target that are not objects with INVALID_ARGUMENT', () => {
    expect(() => resolvePolicy(null as never, {})).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => resolvePolicy({ base: defaultReminderPolicy }, 'C1' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('properties', () => {
  it('parseReminderPolicy refuses arbitrary and near-valid policies only with INVALID_POLICY; what it accepts plans', () => {
    fc.assert(
      fc.property(fc.oneof(json, nearValidPolicies), (raw) => {
        const outcome = checkHostileCall(() => parseReminderPolicy(raw));
        if (outcome.kind === 'rejected') {
          expect(outcome.error.code).toBe('INVALID_POLICY');
          return;
        }
        expectContained(
          () => planReminders(outcome.value, ledger, { from: '2026-01-20', to: '2026-04-30' }),
          ['NO_BUSINESS_DAY', 'DATE_OUT_OF_RANGE', 'AMOUNT_OUT_OF_RANGE'],
        );
      }),
    );
  });

  it('resolvePolicy refuses hostile overrides only with INVALID_POLICY, whatever group, customer or invoice they sit under', () => {
    const ids = fc.oneof(
      fc.constantFrom('G', 'C1', 'INV-1', '__proto__', 'constructor', 'toString'),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.oneof(json, nearValidPolicies),
        ids,
        fc.constantFrom('groups', 'customers', 'invoices'),
        (override, id, layer) => {
          const target = { group: id, customerId: id, invoiceId: id };
          const layers = { base: defaultReminderPolicy, [layer]: Object.fromEntries([[id, override]]) };
          expectContained(() => resolvePolicy(layers as never, target), ['INVALID_POLICY']);
        },
      ),
    );
  });

  it('resolvePolicy refuses arbitrary layers and targets with INVALID_POLICY or INVALID_ARGUMENT', () => {
    fc.assert(
      fc.property(json, json, (layers, target) =>
        expectContained(
          () => resolvePolicy(layers as never, target as never),
          ['INVALID_POLICY', 'INVALID_ARGUMENT'],
        ),
      ),
    );
  });

  it('planReminders refuses an arbitrary or near-valid history only with INVALID_HISTORY', () => {
    const histories = fc.oneof(
      json,
      nearValidArbitrary(fc.constant(history)).map(({ value }) => value),
    );
    fc.assert(
      fc.property(histories, (raw) =>
        expectContained(
          () =>
            planReminders(defaultReminderPolicy, ledger, {
              from: '2026-02-01',
              to: '2026-03-31',
              history: raw as never,
            }),
          ['INVALID_HISTORY'],
        ),
      ),
    );
  });

  it('planReminders and worklist refuse hostile dates and tiers with a coded error', () => {
    const portfolios = portfolioArbitrary({ maxInvoices: 4 });
    const tiers = fc.oneof(fc.constant(undefined), json);
    fc.assert(
      fc.property(portfolios, windows, tiers, (portfolio, window, tier) => {
        fc.pre(!isHuge(window));
        const codes: ReceivablesErrorCode[] = ['INVALID_DATE', 'INVALID_ARGUMENT', 'DATE_OUT_OF_RANGE'];
        const options = { from: window.from as IsoDate, to: window.to as IsoDate, tiers: tier as never };
        expectContained(() => planReminders(defaultReminderPolicy, portfolio, options), codes);
        expectContained(
          () => worklist(defaultReminderPolicy, portfolio, { asOf: window.from as IsoDate }),
          codes,
        );
      }),
    );
  });

  it('takes linear time on long adversarial text in policy ids and history names', () => {
    const policy = plain(defaultReminderPolicy);
    const level = policy.escalation.levels[0];
    checkLinearTime((text) =>
      parseReminderPolicy({
        ...policy,
        escalation: { ...policy.escalation, levels: [{ ...level, id: text }] },
      }),
    );
    checkLinearTime((text) =>
      planReminders(defaultReminderPolicy, ledger, {
        from: '2026-02-01',
        to: '2026-02-28',
        history: { acknowledgements: [{ date: '2026-02-20', customerId: text, invoiceIds: [text] }] },
      }),
    );
  }, 120_000);
});
