import { decimal, isReceivablesError, parsePortfolio } from '@receivables/core';
import { compareGrades, defaultGradeScale } from '@receivables/credit-scoring';
import { generatePortfolio } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreditProfile } from '../../input/CreditProfile.ts';
import { assessCustomers } from '../assessCustomers.ts';
import { gradeDistribution } from '../gradeDistribution.ts';
import { riskTiersByCustomer } from '../riskTiersByCustomer.ts';
import { fixtureInputs, fixturePortfolio, profileC1 } from './analysisFixtures.ts';

const asOf = '2026-03-31';

function byId(id: string) {
  const found = assessCustomers(fixtureInputs(), { asOf }).find((assessment) => assessment.customerId === id);
  if (found === undefined) throw new Error(`no assessment for ${id}`);
  return found;
}

describe('assessCustomers', () => {
  it('derives the behaviour facts from the ledger: C1 paid 80000 of the 110000 due in 12 months on time', () => {
    const c1 = byId('C1');
    // INV-1 (80000.00) paid the day before its due date, INV-2 (30000.00) open 9 days past due.
    expect(c1.facts.onTimeRatio).toBeCloseTo(80000 / 110000, 12);
    expect(c1.facts.maxDaysPastDue).toBe(9);
    expect(c1.facts.monthsTrading).toBe(50);
    expect(c1.facts.tradingSince).toBe('2022-01-10');
    expect(c1.facts.openReceivables.toFixed(2)).toBe('30000.00');
    expect(c1.facts.overdue.toFixed(2)).toBe('30000.00');
    // 80000.00 received in the 6 months to 2026-03-31, divided by 6.
    expect(c1.facts.averageMonthlyReceipts?.times(6).toFixed(2)).toBe('80000.00');
    expect(c1.sources.onTimeRatio).toBe('ledger');
    expect(c1.sources.currentRatio).toBe('profile');
    expect(c1.sources.averageMonthlyReceipts).toBe('ledger');
    expect(c1.sources.cycleMonths).toBe('none');
  });

  it('scores C1 on all seven factors: 20×72.73 + 15×100 + 15×100 + 10×0 + 10×60 + 15×100 + 15×100, over 100', () => {
    const c1 = byId('C1');
    expect(c1.score.status).toBe('complete');
    if (c1.score.status === 'unscored') throw new Error('unscored');
    expect(c1.score.result.score).toBe(80.55);
    expect(c1.grade?.id).toBe('AA');
    expect(c1.score.result.factors.map((factor) => factor.points)).toEqual([
      72.73, 100, 100, 0, 60, 100, 100,
    ]);
  });

  it('sets C1’s limit by the three methods, grade AA (r 15%, 60 days): min(200000, 450000, 26666.67) down to 20000', () => {
    const c1 = byId('C1');
    if (c1.limit.status !== 'computed') throw new Error(c1.limit.status);
    const figures = c1.limit.result.methods.map((method) =>
      method.status === 'applied' ? method.amount.toFixed(2) : method.status,
    );
    expect(figures).toEqual(['200000.00', '450000.00', '26666.67']);
    expect(c1.limit.creditDays).toBe(60);
    expect(c1.limit.result.limit.amount.toFixed(2)).toBe('20000.00');
    // Exposure: 30000.00 open + 15000.00 unshipped; available: 20000 − 45000.
    expect(c1.exposure.toFixed(2)).toBe('45000.00');
    expect(c1.available?.toFixed(2)).toBe('-25000.00');
    expect(c1.riskTier.tier).toBe(2);
    expect(c1.riskTier.firedTriggers.map((fired) => fired.trigger.id)).toEqual([
      'utilisationAbove100',
      'dpd1to30',
    ]);
  });

  it('scores a customer without a profile on the ledger alone and says so, without inventing a limit', () => {
    const c2 = byId('C2');
    expect(c2.hasProfile).toBe(false);
    expect(c2.score.status).toBe('partial');
    if (c2.score.status !== 'partial') throw new Error(c2.score.status);
    expect(c2.score.leftOut).toEqual(['capacity', 'capital', 'conditions', 'cashFlow']);
    // Character 0 (nothing paid), collateral 0 (its missing policy), continuity 40 (2 months): 15 × 40 / 45.
    expect(c2.score.result.score).toBe(13.33);
    expect(c2.grade?.id).toBe('D');
    expect(c2.limit).toEqual({ status: 'noProfile' });
    expect(c2.available).toBeNull();
    expect(c2.exposure.toFixed(2)).toBe('5000.00');
    expect(c2.sources.currentRatio).toBe('none');
    expect(c2.riskTier.tier).toBe(2);
  });

  it('knocks a court defaulter out to D and counts its broken promise and 90 days past due', () => {
    const c3 = byId('C3');
    if (c3.score.status === 'unscored') throw new Error('unscored');
    expect(c3.score.result.rulesApplied.map((rule) => rule.id)).toEqual(['courtDefaulter']);
    expect(c3.grade?.id).toBe('D');
    expect(c3.facts.brokenPromises).toBe(1);
    expect(c3.facts.maxDaysPastDue).toBe(90);
    expect(c3.riskTier.tier).toBe(3);
    if (c3.limit.status !== 'computed') throw new Error(c3.limit.status);
    // A new customer (3 months) with negative working capital and r = 0: every figure is 0.
    expect(c3.limit.result.newCustomer).toBe(true);
    expect(c3.limit.result.limit.amount.toFixed(2)).toBe('0.00');
    expect(c3.limit.result.methods[0]).toMatchObject({ status: 'skipped', missing: ['annualCreditSales'] });
  });

  it('lets a profile value override the derived one and records the source', () => {
    const inputs = fixtureInputs({
      creditProfiles: new Map([
        ['C1', { ...profileC1, onTimeRatio: 1, brokenPromises: 2, monthsTrading: 3 }],
      ]),
    });
    const [c1] = assessCustomers(inputs, { asOf, customerIds: ['C1'] });
    expect(c1?.facts.onTimeRatio).toBe(1);
    expect(c1?.facts.brokenPromises).toBe(2);
    expect(c1?.facts.monthsTrading).toBe(3);
    expect(c1?.facts.yearsTrading).toBe(0.25);
    expect(c1?.sources).toMatchObject({
      onTimeRatio: 'profile',
      brokenPromises: 'profile',
      monthsTrading: 'profile',
      yearsTrading: 'profile',
    });
  });

  it('leaves the customer unscored with missingFactors reject', () => {
    const [c2] = assessCustomers(fixtureInputs(), { asOf, customerIds: ['C2'], missingFactors: 'reject' });
    expect(c2?.score).toMatchObject({ status: 'unscored', code: 'MISSING_FACTOR_VALUE' });
    expect(c2?.grade).toBeNull();
  });

  it('keeps amounts in other currencies apart unless a rate converts them', () => {
    const portfolio = parsePortfolio({
      customers: [{ id: 'C1', name: 'Hengda Trading' }],
      invoices: [
        {
          id: 'A',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2026-01-05',
          dueDate: '2026-02-04',
          amount: '100.00',
        },
        {
          id: 'B',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2026-01-05',
          dueDate: '2026-02-04',
          amount: '100.00',
        },
        {
          id: 'C',
          customerId: 'C1',
          currency: 'USD',
          issueDate: '2026-01-05',
          dueDate: '2026-02-04',
          amount: '10.00',
        },
      ],
    });
    const inputs = fixtureInputs({ portfolio, creditProfiles: new Map() });
    const [plain] = assessCustomers(inputs, { asOf });
    expect(plain?.currency).toBe('CNY');
    expect(plain?.facts.openReceivables.toFixed(2)).toBe('200.00');
    expect(plain?.unconverted.open.map((money) => `${money.currency} ${money.amount.toFixed(2)}`)).toEqual([
      'USD 10.00',
    ]);
    const [converted] = assessCustomers(inputs, { asOf, reportingCurrency: 'CNY', rates: { USD: '7.1234' } });
    expect(converted?.facts.openReceivables.toString()).toBe('271.234');
    expect(converted?.unconverted.open).toEqual([]);
  });

  it('counts the customers of each grade and their exposure per currency', () => {
    const rows = gradeDistribution(assessCustomers(fixtureInputs(), { asOf }));
    expect(rows.map((row) => `${row.grade?.id}:${row.count}`)).toEqual([
      'AAA:0',
      'AA:1',
      'A:0',
      'B:0',
      'C:0',
      'D:2',
    ]);
    expect(rows[5]?.exposure.map((money) => money.amount.toFixed(2))).toEqual(['17000.00']);
    expect(riskTiersByCustomer(assessCustomers(fixtureInputs(), { asOf }))).toEqual({ C1: 2, C2: 2, C3: 3 });
  });

  it('refuses an unknown customer id with INVALID_OPTION', () => {
    expect.assertions(2);
    try {
      assessCustomers(fixtureInputs(), { asOf, customerIds: ['C9'] });
    } catch (error) {
      expect(isReceivablesError(error, 'INVALID_OPTION')).toBe(true);
      expect((error as Error).message).toBe('assessCustomers: customer "C9" is not in the portfolio');
    }
  });

  it('names the customer when its profile holds a value the scorecard refuses', () => {
    const inputs = fixtureInputs({ creditProfiles: new Map([['C1', { ...profileC1, debtToAssets: -1 }]]) });
    expect(() => assessCustomers(inputs, { asOf })).toThrow(/^assessCustomers: customer "C1": /);
  });
});

/** A profile with every seven-item fact and every limit input, for the monotonicity laws. */
const profileArbitrary: fc.Arbitrary<CreditProfile> = fc.record({
  customerId: fc.constant('C1'),
  currentRatio: fc.double({ min: 0, max: 4, noNaN: true }),
  debtToAssets: fc.double({ min: 0, max: 1.2, noNaN: true }),
  collateralCoverage: fc.double({ min: 0, max: 2, noNaN: true }),
  outlook: fc.constantFrom('favourable' as const, 'neutral' as const, 'adverse' as const),
  operatingCashFlowToCurrentLiabilities: fc.double({ min: -1, max: 1, noNaN: true }),
  companyAgeYears: fc.integer({ min: 0, max: 40 }),
  brokenPromises: fc.integer({ min: 0, max: 4 }),
  courtDefaulter: fc.boolean(),
  annualCreditSales: fc.integer({ min: 0, max: 10_000_000 }).map((value) => decimal(value)),
  netAssets: fc.integer({ min: -1_000_000, max: 50_000_000 }).map((value) => decimal(value)),
  workingCapital: fc.integer({ min: -1_000_000, max: 50_000_000 }).map((value) => decimal(value)),
});

const gradeIndex = (id: string | undefined): number =>
  defaultGradeScale.grades.findIndex((grade) => grade.id === id);

describe('properties', () => {
  it('is deterministic: equal inputs give equal assessments', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const portfolio = generatePortfolio({ seed, customers: 4, invoices: 30, asOf: '2026-06-30' });
        const inputs = fixtureInputs({ portfolio, creditProfiles: new Map() });
        const first = JSON.stringify(assessCustomers(inputs, { asOf: '2026-06-30' }));
        const second = JSON.stringify(assessCustomers(inputs, { asOf: '2026-06-30' }));
        expect(second).toBe(first);
      }),
      { numRuns: 15 },
    );
  });

  it('a worse profile (more debt, more broken promises, a court-defaulter flag) never earns a better grade or a higher limit', () => {
    fc.assert(
      fc.property(
        profileArbitrary,
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (profile, moreDebt, morePromises, listed) => {
          const worse: CreditProfile = {
            ...profile,
            debtToAssets: profile.debtToAssets! + moreDebt,
            brokenPromises: profile.brokenPromises! + morePromises,
            courtDefaulter: profile.courtDefaulter === true || listed,
          };
          const assess = (credit: CreditProfile) =>
            assessCustomers(
              fixtureInputs({ portfolio: fixturePortfolio, creditProfiles: new Map([['C1', credit]]) }),
              {
                asOf,
                customerIds: ['C1'],
              },
            )[0]!;
          const before = assess(profile);
          const after = assess(worse);
          expect(gradeIndex(after.grade?.id)).toBeGreaterThanOrEqual(gradeIndex(before.grade?.id));
          expect(compareGrades(defaultGradeScale, after.grade!.id, before.grade!.id)).toBeLessThanOrEqual(0);
          if (before.limit.status !== 'computed' || after.limit.status !== 'computed')
            throw new Error('no limit');
          expect(after.limit.result.limit.amount.lessThanOrEqualTo(before.limit.result.limit.amount)).toBe(
            true,
          );
          expect(after.riskTier.tier).toBeGreaterThanOrEqual(before.riskTier.tier);
        },
      ),
      { numRuns: 60 },
    );
  });
});
