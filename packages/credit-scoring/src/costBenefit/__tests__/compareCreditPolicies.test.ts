import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CreditPolicy, compareCreditPolicies, costBenefitLineLabels } from '../../index.ts';

const current: CreditPolicy = {
  id: 'n/30',
  annualCreditSales: 3600,
  variableCostRatio: '0.6',
  badDebtRate: '0.02',
  collectionCost: 20,
  payments: [{ share: 1, day: 30 }],
};
const proposal: CreditPolicy = {
  id: '2/10 n/45',
  annualCreditSales: 4320,
  variableCostRatio: '0.6',
  badDebtRate: '0.015',
  collectionCost: 25,
  payments: [
    { share: '0.5', day: 10, discountRate: '0.02' },
    { share: '0.5', day: 45 },
  ],
};
const options = { capitalCost: '0.10' };
const text = (lines: Readonly<Record<string, { toString(): string }>>) =>
  Object.fromEntries(Object.entries(lines).map(([id, amount]) => [id, amount.toString()]));

describe('compareCreditPolicies', () => {
  it('reproduces the spec’s test case: Δ = +245.2, adopt (spec §1.9)', () => {
    const comparison = compareCreditPolicies([current, proposal], options);
    const [old, next] = comparison.policies;
    expect(old?.averageCollectionDays.toString()).toBe('30');
    expect(next?.averageCollectionDays.toString()).toBe('27.5');
    expect(text(old!.lines)).toEqual({
      contribution: '1440',
      opportunityCost: '18',
      inventoryInterest: '0',
      payablesSaving: '0',
      badDebtCost: '72',
      collectionCost: '20',
      discountCost: '0',
    });
    expect(text(next!.lines)).toEqual({
      contribution: '1728',
      opportunityCost: '19.8',
      inventoryInterest: '0',
      payablesSaving: '0',
      badDebtCost: '64.8',
      collectionCost: '25',
      discountCost: '43.2',
    });
    expect(text(next!.changes)).toMatchObject({
      contribution: '288',
      opportunityCost: '1.8',
      badDebtCost: '-7.2',
    });
    expect(next?.profitChange.toString()).toBe('245.2');
    expect(comparison).toMatchObject({ baselineId: 'n/30', bestId: '2/10 n/45', adopt: true });
  });

  it('keeps the current policy when no alternative raises profit', () => {
    const comparison = compareCreditPolicies([proposal, current], options);
    expect(comparison.policies[1]?.profitChange.toString()).toBe('-245.2');
    expect(comparison).toMatchObject({ bestId: '2/10 n/45', adopt: false });
  });

  it('keeps the current policy on a tie', () => {
    const same = { ...current, id: 'n/30 again' };
    expect(compareCreditPolicies([current, same], options)).toMatchObject({ bestId: 'n/30', adopt: false });
  });

  it('picks the largest profit among several alternatives', () => {
    const generous = { ...proposal, id: 'n/60', payments: [{ share: 1, day: 60 }], badDebtRate: '0.05' };
    const comparison = compareCreditPolicies([current, generous, proposal], options);
    expect(comparison.bestId).toBe('2/10 n/45');
  });

  it('adds inventory interest and payables saving when given', () => {
    const withStock = {
      ...proposal,
      averageInventoryUnits: 400,
      unitVariableCost: '2.5',
      averagePayables: 300,
    };
    const [, next] = compareCreditPolicies([current, withStock], options).policies;
    expect(next?.lines.inventoryInterest.toString()).toBe('100');
    expect(next?.lines.payablesSaving.toString()).toBe('30');
    expect(next?.profitChange.toString()).toBe('175.2');
  });

  it('annualises over another year length', () => {
    const [old] = compareCreditPolicies([current], { capitalCost: '0.10', daysInYear: 365 }).policies;
    expect(old?.lines.opportunityCost.toDecimalPlaces(6).toString()).toBe('17.753425');
  });

  it('labels every line in English and Chinese', () => {
    expect(Object.keys(costBenefitLineLabels)).toEqual(
      Object.keys(compareCreditPolicies([current], options).policies[0]!.lines),
    );
  });

  it.each([
    [
      { payments: [{ share: '0.5', day: 10 }] },
      'INVALID_ARGUMENT',
      'compareCreditPolicies: policies[1].payments: the shares sum to 0.5, not 1',
    ],
    [
      { badDebtRate: Number.NaN },
      'INVALID_RATE',
      'compareCreditPolicies: policies[1].badDebtRate: NaN is not a finite decimal number',
    ],
    [
      { variableCostRatio: '1.2' },
      'INVALID_RATE',
      'compareCreditPolicies: policies[1].variableCostRatio: "1.2" is above 1',
    ],
    [
      { annualCreditSales: -1 },
      'INVALID_AMOUNT',
      'compareCreditPolicies: policies[1].annualCreditSales: -1 is negative; it must be zero or more',
    ],
    [
      { collectionCost: Number.POSITIVE_INFINITY },
      'INVALID_AMOUNT',
      'compareCreditPolicies: policies[1].collectionCost: Infinity is not a finite number',
    ],
    [
      { payments: [{ share: 1, day: 10, discountRate: 1 }] },
      'INVALID_RATE',
      'compareCreditPolicies: policies[1].payments[0].discountRate: 1 is not below 1',
    ],
    [
      { payments: [{ share: 1, day: -1 }] },
      'INVALID_ARGUMENT',
      'compareCreditPolicies: policies[1].payments[0].day: -1 is negative',
    ],
    [
      { averageInventoryUnits: 5 },
      'INVALID_ARGUMENT',
      'compareCreditPolicies: policies[1].unitVariableCost is missing; the inventory interest needs both averageInventoryUnits and unitVariableCost',
    ],
    [{ id: 'n/30' }, 'INVALID_ARGUMENT', 'compareCreditPolicies: policies[1].id: "n/30" is used twice'],
  ] as const)('refuses %j with %s', (patch, code, message) => {
    expect(() =>
      compareCreditPolicies([current, { ...proposal, ...patch } as CreditPolicy], options),
    ).toThrow(expect.objectContaining({ code, message }));
  });

  it('refuses no policies, a bad capital cost and a zero-day year', () => {
    expect(() => compareCreditPolicies([], options)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'compareCreditPolicies: policies: no policy to compare',
      }),
    );
    expect(() => compareCreditPolicies([current], { capitalCost: '-0.1' })).toThrow(
      expect.objectContaining({ code: 'INVALID_RATE' }),
    );
    expect(() => compareCreditPolicies([current], { capitalCost: '0.1', daysInYear: 0 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('properties', () => {
  const rate = fc.integer({ min: 0, max: 100 }).map((percent) => (percent / 100).toString());
  const policy = fc.record({
    annualCreditSales: fc.integer({ min: 0, max: 10_000_000 }),
    variableCostRatio: rate,
    badDebtRate: rate,
    collectionCost: fc.integer({ min: 0, max: 100_000 }),
    discountShare: fc.integer({ min: 0, max: 100 }),
    discountRate: fc.integer({ min: 0, max: 5 }).map((percent) => (percent / 100).toString()),
    creditDays: fc.integer({ min: 10, max: 120 }),
  });
  const toPolicy = (
    draw: {
      annualCreditSales: number;
      variableCostRatio: string;
      badDebtRate: string;
      collectionCost: number;
      discountShare: number;
      discountRate: string;
      creditDays: number;
    },
    id: string,
  ): CreditPolicy => ({
    id,
    annualCreditSales: draw.annualCreditSales,
    variableCostRatio: draw.variableCostRatio,
    badDebtRate: draw.badDebtRate,
    collectionCost: draw.collectionCost,
    payments: [
      { share: (draw.discountShare / 100).toString(), day: 10, discountRate: draw.discountRate },
      { share: ((100 - draw.discountShare) / 100).toString(), day: draw.creditDays },
    ],
  });

  it('adds up: each policy’s profit change is the signed sum of its line changes (spec §1.9 decision rule)', () => {
    fc.assert(
      fc.property(policy, policy, (a, b) => {
        const [, next] = compareCreditPolicies([toPolicy(a, 'a'), toPolicy(b, 'b')], options).policies;
        const c = next!.changes;
        const sum = c.contribution
          .minus(c.opportunityCost)
          .minus(c.inventoryInterest)
          .plus(c.payablesSaving)
          .minus(c.badDebtCost)
          .minus(c.collectionCost)
          .minus(c.discountCost);
        expect(sum.minus(next!.profitChange).abs().lessThan('1e-40')).toBe(true);
      }),
    );
  });

  it('picks the best: no policy has a larger profit than the chosen one, and the chosen one beats the baseline when adopted', () => {
    fc.assert(
      fc.property(fc.array(policy, { minLength: 1, maxLength: 5 }), (draws) => {
        const comparison = compareCreditPolicies(
          draws.map((draw, index) => toPolicy(draw, `p${index}`)),
          options,
        );
        const best = comparison.policies.find((entry) => entry.id === comparison.bestId)!;
        expect(comparison.policies.every((entry) => entry.profit.lessThanOrEqualTo(best.profit))).toBe(true);
        expect(comparison.adopt).toBe(best.profitChange.greaterThan(0));
      }),
    );
  });

  it('is monotone in bad debts: a higher loss rate never raises profit', () => {
    fc.assert(
      fc.property(policy, fc.integer({ min: 0, max: 100 }), (draw, extra) => {
        const worse = {
          ...draw,
          badDebtRate: Math.min(1, Number(draw.badDebtRate) + extra / 100).toString(),
        };
        const [base, changed] = compareCreditPolicies(
          [toPolicy(draw, 'base'), toPolicy(worse, 'worse')],
          options,
        ).policies;
        expect(changed!.profit.lessThanOrEqualTo(base!.profit)).toBe(true);
      }),
    );
  });

  it('is deterministic: equal policies give equal statements', () => {
    fc.assert(
      fc.property(policy, (draw) => {
        expect(compareCreditPolicies([toPolicy(draw, 'x')], options)).toEqual(
          compareCreditPolicies([toPolicy({ ...draw }, 'x')], options),
        );
      }),
    );
  });
});
