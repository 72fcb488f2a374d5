import { fileURLToPath } from 'node:url';
import { addDays } from '@receivables/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliInputs } from '../../input/CliInputs.ts';
import { loadCliInputs } from '../../input/loadCliInputs.ts';
import { assessCustomers } from '../assessCustomers.ts';
import { buildWorklist } from '../buildWorklist.ts';
import type { CustomerAssessment } from '../CustomerAssessment.ts';
import { planCustomerReminders } from '../planCustomerReminders.ts';
import { riskTiersByCustomer } from '../riskTiersByCustomer.ts';
import { cliOptions } from './analysisFixtures.ts';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const asOf = '2026-06-30';

/** The bundled sample book (examples/data), read as the command reads it. */
describe('the sample data under examples/data', () => {
  let inputs: CliInputs;
  let assessments: Map<string, CustomerAssessment>;

  beforeAll(async () => {
    inputs = await loadCliInputs(cliOptions({ asOf, data: 'examples/data' }), { cwd: root });
    assessments = new Map(
      assessCustomers(inputs, { asOf }).map((assessment) => [assessment.customerId, assessment]),
    );
  });

  it('assesses every customer', () => {
    expect(assessments.size).toBe(inputs.portfolio.customers.length);
  });

  it('grades the court defaulter C0035 D by its knock-out rule', () => {
    const c0035 = assessments.get('C0035')!;
    expect(c0035.grade?.id).toBe('D');
    expect(
      c0035.score.status !== 'unscored' && c0035.score.result.rulesApplied.map((rule) => rule.id),
    ).toContain('courtDefaulter');
  });

  it('caps C0036 and C0009 at C at best, and puts C0036 in the legal tier', () => {
    for (const id of ['C0036', 'C0009']) expect(['C', 'D']).toContain(assessments.get(id)?.grade?.id);
    expect(assessments.get('C0036')?.riskTier.tier).toBe(4);
  });

  it('grades the prompt payers with strong statements C0041, C0049 and C0030 AAA', () => {
    for (const id of ['C0041', 'C0049', 'C0030']) expect(assessments.get(id)?.grade?.id).toBe('AAA');
  });

  it('scores the customers without a profile on the ledger alone and gives them no limit', () => {
    const withoutProfile = [...assessments.values()].filter((assessment) => !assessment.hasProfile);
    expect(withoutProfile.map((assessment) => assessment.customerId)).toEqual([
      'C0004',
      'C0015',
      'C0025',
      'C0028',
      'C0033',
      'C0047',
    ]);
    for (const assessment of withoutProfile) {
      expect(assessment.score.status).toBe('partial');
      expect(assessment.limit.status).toBe('noProfile');
    }
  });

  it('treats C0023, onboarded without an invoice, as a new customer with nothing open', () => {
    const c0023 = assessments.get('C0023')!;
    expect(c0023.facts.openReceivables.isZero()).toBe(true);
    expect(c0023.facts.onTimeRatio).toBeNull();
    expect(c0023.facts.tradingSince).toBe('2026-06-11');
    expect(c0023.limit.status === 'computed' && c0023.limit.result.newCustomer).toBe(true);
  });

  it('keeps the USD customers in USD', () => {
    const usd = [...assessments.values()].filter((assessment) => assessment.currency === 'USD');
    expect(usd.length).toBeGreaterThan(0);
    for (const assessment of usd) expect(assessment.unconverted.open).toEqual([]);
  });

  it('plans the week and lists today’s work consistently with it', () => {
    const tiers = riskTiersByCustomer([...assessments.values()]);
    const plan = planCustomerReminders(inputs, { from: asOf, to: '2026-07-06', tiers });
    expect(plan.length).toBeGreaterThan(0);
    const today = plan.filter((action) => action.date === asOf).map((action) => JSON.stringify(action));
    const entries = buildWorklist(inputs, { asOf, tiers, scripts: 3 });
    expect(
      entries.flatMap((entry) => entry.line.actions.map((action) => JSON.stringify(action))).sort(),
    ).toEqual(today.sort());
    expect(
      entries.slice(0, 3).every((entry) => entry.script === null || entry.script.rendered.length === 1),
    ).toBe(true);
  });
});

describe('properties', () => {
  it('on any day of the sample’s last quarter, available is the limit minus the exposure and tiers stay 0–4', async () => {
    const inputs = await loadCliInputs(cliOptions({ asOf, data: 'examples/data' }), { cwd: root });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 90 }), (back) => {
        const day = addDays(asOf, -back);
        for (const assessment of assessCustomers(inputs, { asOf: day })) {
          expect(assessment.riskTier.tier).toBeGreaterThanOrEqual(0);
          expect(assessment.riskTier.tier).toBeLessThanOrEqual(4);
          expect(
            assessment.exposure.equals(
              assessment.facts.openReceivables.plus(assessment.facts.unshippedOrders),
            ),
          ).toBe(true);
          if (assessment.limit.status === 'computed') {
            expect(
              assessment.available?.equals(assessment.limit.result.limit.amount.minus(assessment.exposure)),
            ).toBe(true);
          } else expect(assessment.available).toBeNull();
        }
      }),
      { numRuns: 4 },
    );
  });
});
