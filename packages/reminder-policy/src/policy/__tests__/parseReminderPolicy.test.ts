import { isReceivablesError, type ValidationIssue } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultReminderPolicy,
  gentleReminderPolicy,
  parseReminderPolicy,
  type ReminderPolicy,
  reminderPolicyJsonSchema,
  resolvePolicy,
  strictReminderPolicy,
} from '../../index.ts';

function issuesOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (!isReceivablesError(error, 'INVALID_POLICY')) throw error;
    return ((error.details?.issues ?? []) as readonly ValidationIssue[]).map(
      (issue) => `${issue.pathText}: ${issue.message}`,
    );
  }
  throw new Error('expected INVALID_POLICY');
}

type Change = readonly [path: readonly (string | number)[], value: unknown];

/** The default policy as a JSON file would hold it, with some values changed to break it on purpose. */
function editedPolicy(...changes: readonly Change[]): unknown {
  const raw: unknown = JSON.parse(JSON.stringify(defaultReminderPolicy));
  for (const [path, value] of changes) {
    let node = raw as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path.at(-1)!] = value;
  }
  return raw;
}

describe('parseReminderPolicy', () => {
  it('accepts the three presets, which are frozen', () => {
    for (const preset of [defaultReminderPolicy, gentleReminderPolicy, strictReminderPolicy]) {
      expect(parseReminderPolicy(preset)).toEqual(preset);
      expect(Object.isFrozen(preset.escalation.levels[0])).toBe(true);
    }
  });

  it('rejects a cadence of zero days with its path', () => {
    const raw = editedPolicy([['overdue', 'cadences', 1, 'everyDays'], 0]);
    expect(issuesOf(() => parseReminderPolicy(raw))).toEqual([
      'overdue.cadences[1].everyDays: 0 is not a positive number of days',
    ]);
  });

  it('rejects overlapping and unordered escalation levels', () => {
    const raw = editedPolicy(
      [['escalation', 'levels', 1, 'fromDaysPastDue'], 31],
      [['escalation', 'levels', 3, 'fromDaysPastDue'], 90],
    );
    expect(issuesOf(() => parseReminderPolicy(raw))).toEqual([
      "escalation.levels[1].fromDaysPastDue: 31 does not come after the previous level's 31: levels must start on strictly increasing days past due, without overlap",
      "escalation.levels[3].fromDaysPastDue: 90 does not come after the previous level's 91: levels must start on strictly increasing days past due, without overlap",
    ]);
  });

  it('rejects an unknown channel, role or measure, listing every problem at once', () => {
    const raw = editedPolicy(
      [['overdue', 'cadences', 0, 'channel'], 'fax'],
      [['escalation', 'levels', 0, 'role'], 'intern'],
      [['escalation', 'levels', 0, 'measures'], ['shame']],
    );
    expect(issuesOf(() => parseReminderPolicy(raw))).toEqual([
      'overdue.cadences[0].channel: "fax" is not a known channel (phone, messaging, email, letter, lawyerLetter, visit, legalFiling)',
      'escalation.levels[0].measures[0]: "shame" is not a known measure (creditHold, stopSupply, repaymentPlan, guarantee, lawyerLetter, legalFiling, agency)',
      'escalation.levels[0].role: "intern" is not a known role (sales, delivery, assistant, finance, executive, legal)',
    ]);
  });

  it('rejects a 旬 cadence on a channel that is not written, a filing as a cadence, duplicate level ids', () => {
    const raw = editedPolicy(
      [
        ['overdue', 'cadences'],
        [
          { mode: 'xun', channel: 'phone', startDay: 1 },
          { mode: 'interval', channel: 'legalFiling', startDay: 90, everyDays: 30 },
        ],
      ],
      [['escalation', 'levels', 1, 'id'], 'creditHold'],
    );
    expect(issuesOf(() => parseReminderPolicy(raw))).toEqual([
      'overdue.cadences[0].channel: "phone" is not a written channel: a 旬 cadence sends written demands',
      'overdue.cadences[1].channel: "legalFiling" cannot be a routine cadence: use an escalation level',
      'escalation.levels[1].id: "creditHold" names an earlier level too',
    ]);
  });

  it('rejects bad amounts, days, tiers and unknown keys', () => {
    const raw = editedPolicy(
      [['minOpenAmount'], { CNY: '-1', USD: '0.001' }],
      [['escalation', 'levels', 0, 'minTier'], 5],
      [['promiseGraceDays'], -1],
      [['colour'], 'red'],
    );
    expect(issuesOf(() => parseReminderPolicy(raw))).toEqual([
      'escalation.levels[0].minTier: 5 is not a risk tier from 0 to 4',
      'minOpenAmount.CNY: "-1" is negative',
      'minOpenAmount.USD: "0.001" is not a usable amount (toMinorUnits: 0.001 has 3 decimal places but USD allows 2; round it first with roundMoney)',
      'promiseGraceDays: -1 is not a whole number of days of at least 0',
      ': Unrecognized key: "colour"',
    ]);
  });

  it('publishes a JSON Schema for policy files', () => {
    expect(reminderPolicyJsonSchema.type).toBe('object');
    expect(reminderPolicyJsonSchema.required).toContain('overdue');
    expect(Object.isFrozen(reminderPolicyJsonSchema)).toBe(true);
  });
});

describe('resolvePolicy', () => {
  const layers = {
    base: defaultReminderPolicy,
    groups: { strategic: { minIntervalDays: 5, promiseGraceDays: 7, minOpenAmount: { JPY: '1000' } } },
    customers: { C1: { promiseGraceDays: 10 } },
    invoices: { 'INV-1': { preDue: { leadDays: { final: 20 } } } },
  };

  it('applies suite default < customer group < customer < invoice', () => {
    const policy = resolvePolicy(layers, { group: 'strategic', customerId: 'C1', invoiceId: 'INV-1' });
    expect([policy.minIntervalDays, policy.promiseGraceDays, policy.preDue.leadDays]).toEqual([
      5,
      10,
      { first: 7, middle: 3, final: 20 },
    ]);
    expect(policy.minOpenAmount).toEqual({ CNY: '100.00', USD: '20.00', EUR: '20.00', JPY: '1000' });
  });

  it('ignores layers that do not match and replaces lists whole', () => {
    expect(resolvePolicy(layers, { group: 'other', customerId: 'C2' })).toEqual(defaultReminderPolicy);
    const policy = resolvePolicy(
      {
        base: defaultReminderPolicy,
        customers: { C1: { preDue: { checklist: ['bank details confirmed'] } } },
      },
      { customerId: 'C1' },
    );
    expect(policy.preDue.checklist).toEqual(['bank details confirmed']);
  });

  it('names the override that breaks the policy', () => {
    expect(
      issuesOf(() =>
        resolvePolicy(
          { base: defaultReminderPolicy, customers: { C1: { minIntervalDays: 0 } } },
          { customerId: 'C1' },
        ),
      ),
    ).toEqual(['customers.C1.minIntervalDays: 0 is not a positive number of days']);
  });
});

describe('properties', () => {
  it('round-trips through JSON: a valid policy written to a file parses back to itself', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(defaultReminderPolicy, gentleReminderPolicy, strictReminderPolicy),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 60 }),
        (preset, minIntervalDays, promiseGraceDays) => {
          const policy: ReminderPolicy = { ...preset, minIntervalDays, promiseGraceDays };
          expect(parseReminderPolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
        },
      ),
    );
  });

  it('rejects every cadence interval that is not a positive whole number of days', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true }), fc.constant(Number.NaN)),
        (everyDays) => {
          const raw = editedPolicy([['overdue', 'cadences', 0, 'everyDays'], everyDays]);
          expect(issuesOf(() => parseReminderPolicy(raw))[0]).toMatch(/^overdue\.cadences\[0\]\.everyDays: /);
        },
      ),
    );
  });
});
