import type { ReceivablesErrorCode } from '@receivables/core';
import {
  checkHostileCall,
  checkLinearTime,
  hostileAmountArbitrary,
  hostileDateArbitrary,
  hostileJsonArbitrary,
  hostileNumberArbitrary,
  nearValidArbitrary,
} from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  altmanZScore,
  assessRiskTier,
  basePointsFromIntercept,
  costOfForgoingDiscount,
  createGradeScale,
  createScorecard,
  creditLimit,
  currentRatio,
  decideCredit,
  defaultGradeScale,
  defaultRiskTiers,
  findGrade,
  fourLevelGradeScale,
  gradeForScore,
  nextReview,
  oddsFromScore,
  parseFinancialStatement,
  parseRiskTiers,
  paydexScore,
  pointsFromWoe,
  pointsToOdds,
  type ScorecardDefinition,
  scoreApplicant,
  scoreFromOdds,
  sevenItemScorecard,
  sevenItemScorecardDefinition,
} from '../index.ts';

/** A value as a JSON file would hold it. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const json = hostileJsonArbitrary();
const hostileFields = fc.oneof(
  hostileAmountArbitrary(),
  hostileNumberArbitrary(),
  hostileDateArbitrary(),
  json,
);

/** Valid data with one hostile change anywhere in it, as a bare value. */
const nearValid = <T>(...valid: T[]): fc.Arbitrary<unknown> =>
  nearValidArbitrary(fc.constantFrom(...valid.map(plain)), { values: hostileFields }).map(
    ({ value }) => value,
  );

/** For typed inputs, whose values are checked but whose shape is trusted: one hostile value in place of another. */
const hostileValueIn = <T>(valid: T): fc.Arbitrary<unknown> =>
  nearValidArbitrary(fc.constant(plain(valid)), { values: hostileFields, leavesOnly: true }).map(
    ({ value }) => value,
  );

function expectContained(call: () => unknown, codes: readonly ReceivablesErrorCode[]): void {
  const outcome = checkHostileCall(call);
  if (outcome.kind === 'rejected') expect(codes).toContain(outcome.error.code);
}

const applicant = {
  onTimeRatio: 0.9,
  brokenPromises: 1,
  currentRatio: 1.6,
  debtToAssets: 0.55,
  collateralCoverage: 0.5,
  outlook: 'neutral',
  operatingCashFlowToCurrentLiabilities: 0.15,
  yearsTrading: 4,
  companyAgeYears: 10,
  maxDaysPastDue: 95,
};

/** A points-scale card: 600 at odds 1:20, 50 points to double the odds, one linear factor. */
const pointsCard: ScorecardDefinition = {
  id: 'points',
  label: { en: 'Points', 'zh-CN': '积分' },
  scale: { kind: 'points', basePoints: 500, baseScore: 600, baseOdds: 0.05, pointsToDoubleOdds: 50 },
  gradeScale: defaultGradeScale,
  factors: [
    {
      id: 'tenure',
      kind: 'linear',
      label: { en: 'Tenure', 'zh-CN': '年限' },
      terms: [{ field: 'yearsTrading', coefficient: 10 }],
      minPoints: -1000,
      maxPoints: 1000,
    },
  ],
};

describe('inputs that once broke a calculation', () => {
  it('refuses constants that overflow instead of returning an infinite offset', () => {
    expect(() => pointsToOdds({ pointsToDoubleOdds: 1e308, baseOdds: 1e-300 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('refuses odds, scores and points that overflow instead of returning Infinity', () => {
    for (const call of [
      () => oddsFromScore(-1e6),
      () => scoreFromOdds(1e-300, { pointsToDoubleOdds: 1e306 }),
      () => pointsFromWoe(3660, -1e308),
      () => basePointsFromIntercept(1e307, { pointsToDoubleOdds: 1e306 }),
    ]) {
      expect(call).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    }
  });

  it('refuses to score odds that overflow on a points scale with too few points per doubling', () => {
    const card = createScorecard({
      ...pointsCard,
      scale: { kind: 'points', basePoints: 500, baseScore: 600, baseOdds: 0.05, pointsToDoubleOdds: 1e-300 },
    });
    expect(() => scoreApplicant(card, { yearsTrading: 4 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^scoreApplicant: /),
      }),
    );
  });
});

describe('properties', () => {
  it('createScorecard refuses arbitrary and near-valid definitions with a coded error; what it accepts scores', () => {
    const definitions = fc.oneof(json, nearValid(sevenItemScorecardDefinition, pointsCard));
    fc.assert(
      fc.property(definitions, (definition) => {
        const outcome = checkHostileCall(() => createScorecard(definition as never));
        if (outcome.kind === 'rejected') {
          expect(['INVALID_SCORECARD', 'INVALID_ARGUMENT']).toContain(outcome.error.code);
          return;
        }
        expectContained(
          () => scoreApplicant(outcome.value, applicant),
          ['MISSING_FACTOR_VALUE', 'INVALID_ARGUMENT', 'INVALID_SCORECARD'],
        );
      }),
    );
  });

  it('createGradeScale refuses arbitrary and near-valid scales with INVALID_GRADE_SCALE; what it accepts grades 0–100', () => {
    fc.assert(
      fc.property(
        fc.oneof(json, nearValid(defaultGradeScale, fourLevelGradeScale)),
        fc.nat(100),
        (raw, score) => {
          const outcome = checkHostileCall(() => createGradeScale(raw));
          if (outcome.kind === 'rejected') expect(outcome.error.code).toBe('INVALID_GRADE_SCALE');
          else expect(outcome.value.grades).toContain(gradeForScore(outcome.value, score));
        },
      ),
    );
  });

  it('parseRiskTiers refuses arbitrary and near-valid tables with INVALID_RISK_TIERS; what it accepts assesses', () => {
    const facts = { daysPastDue: 12, exposure: '540000', limit: '500000', signalCount: 1 };
    fc.assert(
      fc.property(fc.oneof(json, nearValid(defaultRiskTiers)), (raw) => {
        const outcome = checkHostileCall(() => parseRiskTiers(raw));
        if (outcome.kind === 'rejected') expect(outcome.error.code).toBe('INVALID_RISK_TIERS');
        else checkHostileCall(() => assessRiskTier(facts, { tiers: outcome.value }));
      }),
    );
  });

  it('parseFinancialStatement refuses arbitrary and near-valid statements only with INVALID_STATEMENT', () => {
    const statement = {
      totalAssets: 1000,
      totalLiabilities: 500,
      currentAssets: '400.00',
      currentLiabilities: 200,
      retainedEarnings: 300,
      ebit: 100,
      bookEquity: 500,
      sales: 1500,
    };
    fc.assert(
      fc.property(fc.oneof(json, nearValid(statement)), (raw) =>
        expectContained(() => parseFinancialStatement(raw as never), ['INVALID_STATEMENT']),
      ),
    );
  });

  it('scoreApplicant and assessRiskTier refuse hostile facts with a coded error, never a non-finite score', () => {
    const facts = { daysPastDue: 12, exposure: '540000', limit: '500000', signalCount: 1, brokenPromises: 0 };
    const points = createScorecard(pointsCard);
    fc.assert(
      fc.property(
        nearValid(applicant),
        nearValid({ yearsTrading: 4 }),
        nearValid(facts),
        (seven, tenure, risk) => {
          checkHostileCall(() => scoreApplicant(sevenItemScorecard, seven as never));
          checkHostileCall(() => scoreApplicant(points, tenure as never));
          checkHostileCall(() => assessRiskTier(risk as never));
        },
      ),
    );
  });

  it('the points-to-odds functions return finite numbers or INVALID_ARGUMENT for any numbers', () => {
    const number = hostileNumberArbitrary();
    fc.assert(
      fc.property(number, number, number, (value, baseOdds, pointsToDoubleOdds) => {
        const scaling = { baseOdds, pointsToDoubleOdds };
        for (const call of [
          () => pointsToOdds(scaling),
          () => oddsFromScore(value, scaling),
          () => scoreFromOdds(value, scaling),
          () => pointsFromWoe(value, baseOdds, { pointsToDoubleOdds }),
          () => basePointsFromIntercept(value, scaling),
        ]) {
          expectContained(call, ['INVALID_ARGUMENT']);
        }
      }),
    );
  });

  it('limits, decisions, reviews, discounts, ratios and PAYDEX refuse a hostile figure with a coded error', () => {
    const grade = findGrade(defaultGradeScale, 'AA');
    const gradeA = findGrade(defaultGradeScale, 'A');
    const calculations: readonly [unknown, (input: never) => unknown][] = [
      [
        {
          currency: 'CNY',
          monthsTrading: 24,
          annualCreditSales: '2400000',
          cycleMonths: 1,
          netAssets: '3000000',
          averageMonthlyReceipts: '250000',
          workingCapital: '5000000',
        },
        (input: object) => creditLimit({ ...input, grade } as never),
      ],
      [
        { limit: '500000', openReceivables: '380000', unshippedOrders: '60000' },
        (customer: object) =>
          decideCredit({ ...customer, grade: gradeA } as never, { amount: '50000' }, { currency: 'CNY' }),
      ],
      [
        [{ kind: 'daysPastDue', on: '2026-03-02', daysPastDue: 12 }],
        (events: never) => nextReview({ on: '2026-01-15', grade: 'A' }, { scale: defaultGradeScale, events }),
      ],
      [{ discountRate: '0.02', discountDays: 10, creditDays: 30 }, costOfForgoingDiscount],
      [{ currentAssets: '1500000', currentLiabilities: '1000000' }, currentRatio],
      [
        {
          totalAssets: 1000,
          totalLiabilities: 500,
          currentAssets: 400,
          currentLiabilities: 200,
          retainedEarnings: 300,
          ebit: 100,
          bookEquity: 500,
          sales: 1500,
        },
        (statement: never) => altmanZScore(statement, 'private'),
      ],
      [
        [
          { amount: '30000', daysBeyondTerms: 0 },
          { amount: '10000', daysBeyondTerms: 30 },
        ],
        paydexScore,
      ],
    ];
    for (const [valid, calculate] of calculations) {
      fc.assert(
        fc.property(hostileValueIn(valid), (input) => void checkHostileCall(() => calculate(input as never))),
      );
    }
  });

  it('takes linear time on long adversarial text in grade, tier and scorecard fields', () => {
    const scale = plain(defaultGradeScale);
    const [firstGrade, ...otherGrades] = scale.grades;
    checkLinearTime((text) =>
      createGradeScale({
        ...scale,
        grades: [{ ...firstGrade, label: { en: text, 'zh-CN': text }, netAssetRatio: text }, ...otherGrades],
      }),
    );
    const tiers = plain(defaultRiskTiers);
    checkLinearTime((text) =>
      parseRiskTiers([{ ...tiers[0], id: text, label: { en: text, 'zh-CN': text } }]),
    );
    const definition = plain(sevenItemScorecardDefinition);
    const [first, second, ...rest] = definition.factors;
    checkLinearTime((text) =>
      createScorecard({ ...definition, factors: [first, { ...second, field: text }, ...rest] } as never),
    );
  }, 120_000);
});
