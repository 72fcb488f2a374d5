import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareGrades,
  createScorecard,
  defaultGradeScale,
  fourLevelGradeScale,
  type SevenItemInput,
  scoreApplicant,
  sevenItemScorecard,
  sevenItemScorecardDefinition,
} from '../../index.ts';

const code = (value: string) => expect.objectContaining({ code: value });

/** A customer who scores 100 on every factor; tests change one fact at a time. */
const best: SevenItemInput = {
  onTimeRatio: 1,
  brokenPromises: 0,
  currentRatio: 2.5,
  debtToAssets: 0.3,
  collateralCoverage: 1.5,
  outlook: 'favourable',
  operatingCashFlowToCurrentLiabilities: 0.5,
  yearsTrading: 5,
  companyAgeYears: 12,
};
const pointsOf = (input: SevenItemInput, factorId: string) =>
  scoreApplicant(sevenItemScorecard, input).factors.find((factor) => factor.id === factorId)?.points;

describe('the spec §1.1 table, factor by factor', () => {
  it('weighs 20/15/15/10/10/15/15, total 100', () => {
    expect(sevenItemScorecardDefinition.factors.map((factor) => factor.weight)).toEqual([
      20, 15, 15, 10, 10, 15, 15,
    ]);
    expect(sevenItemScorecardDefinition.totalWeight).toBe(100);
    expect(scoreApplicant(sevenItemScorecard, best).score).toBe(100);
  });

  it.each<[Record<string, unknown>, number]>([
    [{ onTimeRatio: 0.93 }, 93],
    [{ onTimeRatio: 0.9, brokenPromises: 1 }, 70],
    [{ onTimeRatio: 0.5, brokenPromises: 3 }, 0],
    [{ onTimeRatio: null, brokenPromises: null }, 60],
    [{ onTimeRatio: undefined, brokenPromises: 1 }, 40],
    [{ brokenPromises: undefined }, 100],
  ])(
    'Character %j → %s: 100 × on-time ratio − 20 per broken promise, floor 0, new customer 60',
    (change, points) => {
      expect(pointsOf({ ...best, ...change } as SevenItemInput, 'character')).toBe(points);
    },
  );

  it.each([
    [3, 100],
    [2, 100],
    [1.99, 80],
    [1.5, 80],
    [1.49, 60],
    [1, 60],
    [0.99, 30],
    [0, 30],
  ])('Capacity: current ratio %s → %s', (currentRatio, points) => {
    expect(pointsOf({ ...best, currentRatio }, 'capacity')).toBe(points);
  });

  it.each([
    [0.2, 100],
    [0.4, 100],
    [0.41, 80],
    [0.6, 80],
    [0.65, 60],
    [0.7, 60],
    [0.8, 30],
    [0.85, 30],
    [0.86, 0],
    [1.2, 0],
  ])('Capital: debt to assets %s → %s', (debtToAssets, points) => {
    expect(pointsOf({ ...best, debtToAssets }, 'capital')).toBe(points);
  });

  it.each<[number | null, number]>([
    [1.5, 100],
    [1, 100],
    [0.99, 60],
    [0.5, 60],
    [0.49, 30],
    [0.01, 30],
    [0, 0],
    [null, 0],
  ])('Collateral: coverage %s → %s (none or unknown → 0)', (collateralCoverage, points) => {
    expect(pointsOf({ ...best, collateralCoverage }, 'collateral')).toBe(points);
  });

  it.each([
    ['favourable', 100],
    ['neutral', 60],
    ['adverse', 20],
  ] as const)('Conditions: %s → %s', (outlook, points) => {
    expect(pointsOf({ ...best, outlook }, 'conditions')).toBe(points);
  });

  it.each([
    [0.5, 100],
    [0.2, 100],
    [0.19, 60],
    [0, 60],
    [-0.01, 0],
  ])('Cash flow: OCF to current liabilities %s → %s', (ratio, points) => {
    expect(pointsOf({ ...best, operatingCashFlowToCurrentLiabilities: ratio }, 'cashFlow')).toBe(points);
  });

  it.each<[number, number | null, number]>([
    [5, 12, 100],
    [3, 12, 100],
    [2.9, 12, 70],
    [1, 12, 70],
    [0.5, 12, 40],
    [5, 1.9, 40],
    [5, 2, 100],
    [0, 1, 40],
    [5, null, 100],
  ])(
    'Continuity: %s years with us, company %s years old → %s (younger than 2: cap 40)',
    (yearsTrading, companyAgeYears, points) => {
      expect(pointsOf({ ...best, yearsTrading, companyAgeYears }, 'continuity')).toBe(points);
    },
  );
});

describe('customers computed by hand', () => {
  it('an established customer: 99.6, AAA', () => {
    const input = {
      ...best,
      onTimeRatio: 0.98,
      currentRatio: 2.3,
      debtToAssets: 0.38,
      collateralCoverage: 1.2,
      operatingCashFlowToCurrentLiabilities: 0.31,
      yearsTrading: 6,
      companyAgeYears: 15,
    };
    // 20×98 + 15×100 + 15×100 + 10×100 + 10×100 + 15×100 + 15×100 = 9960
    const result = scoreApplicant(sevenItemScorecard, input);
    expect([result.score, result.grade.id, result.grade.paymentMode]).toEqual([99.6, 'AAA', 'openAccount']);
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'PAYMENT_RECORD', impact: 0.4 })]);
  });

  it('a middling customer on every boundary: 61.5, B', () => {
    const input: SevenItemInput = {
      onTimeRatio: 0.85,
      brokenPromises: 2,
      currentRatio: 1.5,
      debtToAssets: 0.6,
      collateralCoverage: 0.3,
      outlook: 'neutral',
      operatingCashFlowToCurrentLiabilities: 0,
      yearsTrading: 1,
      companyAgeYears: 5,
    };
    // 20×45 + 15×80 + 15×80 + 10×30 + 10×60 + 15×60 + 15×70 = 6150
    const result = scoreApplicant(sevenItemScorecard, input);
    expect(result.factors.map((factor) => factor.points)).toEqual([45, 80, 80, 30, 60, 60, 70]);
    expect(result.factors.map((factor) => factor.contribution)).toEqual([9, 12, 12, 3, 6, 9, 10.5]);
    expect([result.score, result.grade.id, result.grade.paymentMode]).toEqual([
      61.5,
      'B',
      'finalPaymentBeforeFinalGoods',
    ]);
    expect(result.reasons.map((reason) => `${reason.code} ${reason.impact}`)).toEqual([
      'PAYMENT_RECORD 11',
      'LITTLE_COLLATERAL 7',
      'WEAK_CASH_FLOW 6',
      'SHORT_RELATIONSHIP 4.5',
    ]);
  });

  it('a new customer, a young company with weak accounts: 24.5, D', () => {
    const input: SevenItemInput = {
      currentRatio: 0.9,
      debtToAssets: 0.86,
      outlook: 'adverse',
      operatingCashFlowToCurrentLiabilities: -0.05,
      yearsTrading: 0.5,
      companyAgeYears: 1,
    };
    // 20×60 + 15×30 + 15×0 + 10×0 + 10×20 + 15×0 + 15×40 = 2450
    const result = scoreApplicant(sevenItemScorecard, input);
    expect([result.score, result.grade.id]).toEqual([24.5, 'D']);
    expect(result.factors[0]).toMatchObject({ id: 'character', points: 60, missing: true });
    expect(result.factors[3]).toMatchObject({ id: 'collateral', points: 0, missing: true, value: null });
  });

  it('an A customer capped at C by an invoice 95 days past due', () => {
    const input = {
      ...best,
      onTimeRatio: 0.9,
      brokenPromises: 1,
      currentRatio: 1.6,
      debtToAssets: 0.55,
      collateralCoverage: 0.5,
      outlook: 'neutral' as const,
      operatingCashFlowToCurrentLiabilities: 0.15,
      maxDaysPastDue: 95,
    };
    const result = scoreApplicant(sevenItemScorecard, input);
    expect([result.score, result.gradeBeforeRules.id, result.grade.id]).toEqual([74, 'A', 'C']);
    expect(result.rulesApplied).toEqual([
      {
        id: 'over90DaysPastDue',
        kind: 'cap',
        grade: 'C',
        label: { en: 'An invoice more than 90 days past due', 'zh-CN': '有发票逾期超过90天' },
      },
    ]);
  });

  it('a perfect score knocked out to D as a court defaulter, with a critical signal named too', () => {
    const result = scoreApplicant(sevenItemScorecard, {
      ...best,
      flags: { courtDefaulter: true },
      criticalSignals: 1,
    });
    expect([result.score, result.gradeBeforeRules.id, result.grade.id]).toEqual([100, 'AAA', 'D']);
    expect(result.rulesApplied.map((rule) => rule.id)).toEqual(['courtDefaulter', 'criticalDangerSignal']);
  });

  it('grades on the four-level scale when the definition says so', () => {
    const fourLevel = createScorecard({
      ...sevenItemScorecardDefinition,
      id: 'sevenItemFour',
      gradeScale: fourLevelGradeScale,
    });
    expect(scoreApplicant(fourLevel, best).grade.id).toBe('A');
    expect(scoreApplicant(fourLevel, { ...best, criticalSignals: 2 }).grade.id).toBe('C');
  });
});

describe('bad input', () => {
  it.each<[string, Partial<SevenItemInput>]>([
    ['currentRatio', { currentRatio: Number.NaN }],
    ['debtToAssets', { debtToAssets: Number.POSITIVE_INFINITY }],
    ['onTimeRatio', { onTimeRatio: 1.2 }],
    ['brokenPromises', { brokenPromises: -1 }],
    ['yearsTrading', { yearsTrading: -2 }],
    ['collateralCoverage', { collateralCoverage: -0.1 }],
    ['companyAgeYears', { companyAgeYears: Number.NaN }],
    ['maxDaysPastDue', { maxDaysPastDue: Number.NaN }],
  ])('refuses a bad %s with INVALID_ARGUMENT', (_field, change) => {
    expect(() => scoreApplicant(sevenItemScorecard, { ...best, ...change })).toThrow(
      code('INVALID_ARGUMENT'),
    );
  });

  it('refuses an outlook it does not know', () => {
    expect(() => scoreApplicant(sevenItemScorecard, { ...best, outlook: 'rosy' as never })).toThrow(
      code('INVALID_ARGUMENT'),
    );
  });

  it.each([
    'currentRatio',
    'debtToAssets',
    'outlook',
    'operatingCashFlowToCurrentLiabilities',
    'yearsTrading',
  ] as const)('refuses a missing %s with MISSING_FACTOR_VALUE', (field) => {
    expect(() => scoreApplicant(sevenItemScorecard, { ...best, [field]: null })).toThrow(
      code('MISSING_FACTOR_VALUE'),
    );
  });
});

const inputArbitrary: fc.Arbitrary<SevenItemInput> = fc.record({
  onTimeRatio: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  brokenPromises: fc.integer({ min: 0, max: 6 }),
  currentRatio: fc.double({ min: 0, max: 4, noNaN: true }),
  debtToAssets: fc.double({ min: 0, max: 1.5, noNaN: true }),
  collateralCoverage: fc.double({ min: 0, max: 2, noNaN: true }),
  outlook: fc.constantFrom('favourable', 'neutral', 'adverse'),
  operatingCashFlowToCurrentLiabilities: fc.double({ min: -1, max: 1, noNaN: true }),
  yearsTrading: fc.double({ min: 0, max: 20, noNaN: true }),
  companyAgeYears: fc.double({ min: 0, max: 40, noNaN: true }),
  criticalSignals: fc.integer({ min: 0, max: 2 }),
  maxDaysPastDue: fc.integer({ min: 0, max: 150 }),
  flags: fc.record({ courtDefaulter: fc.boolean() }),
});

type Improvement = (input: SevenItemInput, step: number) => SevenItemInput;
const improvements: Record<string, Improvement> = {
  onTimeRatio: (input, step) => ({
    ...input,
    onTimeRatio: Math.min(1, (input.onTimeRatio ?? 0.6) + step / 10),
  }),
  brokenPromises: (input) => ({ ...input, brokenPromises: Math.max(0, (input.brokenPromises ?? 0) - 1) }),
  currentRatio: (input, step) => ({ ...input, currentRatio: (input.currentRatio ?? 0) + step }),
  debtToAssets: (input, step) => ({
    ...input,
    debtToAssets: Math.max(0, (input.debtToAssets ?? 0) - step / 10),
  }),
  collateralCoverage: (input, step) => ({
    ...input,
    collateralCoverage: (input.collateralCoverage ?? 0) + step / 5,
  }),
  outlook: (input) => ({ ...input, outlook: input.outlook === 'adverse' ? 'neutral' : 'favourable' }),
  operatingCashFlowToCurrentLiabilities: (input, step) => ({
    ...input,
    operatingCashFlowToCurrentLiabilities: (input.operatingCashFlowToCurrentLiabilities ?? 0) + step / 5,
  }),
  yearsTrading: (input, step) => ({ ...input, yearsTrading: (input.yearsTrading ?? 0) + step * 2 }),
  companyAgeYears: (input, step) => ({ ...input, companyAgeYears: (input.companyAgeYears ?? 0) + step * 2 }),
};

describe('properties', () => {
  it('scores are bounded: every seven-item score lies within 0–100', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const { score } = scoreApplicant(sevenItemScorecard, input);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('improving any input in its good direction never lowers the score or the grade', () => {
    fc.assert(
      fc.property(
        inputArbitrary,
        fc.constantFrom(...Object.keys(improvements)),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (input, field, step) => {
          const before = scoreApplicant(sevenItemScorecard, input);
          const after = scoreApplicant(sevenItemScorecard, improvements[field]!(input, step));
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          expect(compareGrades(defaultGradeScale, after.grade.id, before.grade.id)).toBeGreaterThanOrEqual(0);
          expect(
            compareGrades(defaultGradeScale, after.gradeBeforeRules.id, before.gradeBeforeRules.id),
          ).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('equal inputs give equal outputs', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        expect(scoreApplicant(sevenItemScorecard, structuredClone(input))).toEqual(
          scoreApplicant(sevenItemScorecard, input),
        );
      }),
    );
  });

  it('the score is the weighted mean of the factor points, Σ wt × factorScore / 100', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = scoreApplicant(sevenItemScorecard, input);
        const sum = result.factors.reduce((total, factor) => total + factor.weight * (factor.points ?? 0), 0);
        expect(result.score).toBeCloseTo(sum / 100, 2);
      }),
    );
  });

  it('caps only ever lower a grade: the grade after the rules is never better than the score’s grade', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = scoreApplicant(sevenItemScorecard, input);
        expect(
          compareGrades(defaultGradeScale, result.grade.id, result.gradeBeforeRules.id),
        ).toBeLessThanOrEqual(0);
      }),
    );
  });
});
