import { checkHostileCall } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  altmanZScore,
  assessRiskTier,
  compareCreditPolicies,
  creditLimit,
  currentRatio,
  debtToAssetsRatio,
  decideCredit,
  defaultGradeScale,
  findGrade,
  nextReview,
  paydexIndex,
  paydexScore,
  scoreApplicant,
  sevenItemScorecard,
} from '../index.ts';

const THIRTY_DIGITS = '123456789012345678901234567890.12';
const code = (code: string) => expect.objectContaining({ code });

describe('amounts with 30 digits', () => {
  it('decide credit to the cent: one cent over a 30-digit limit is over', () => {
    const result = decideCredit(
      {
        grade: findGrade(defaultGradeScale, 'A'),
        limit: THIRTY_DIGITS,
        openReceivables: THIRTY_DIGITS,
        unshippedOrders: '0',
      },
      { amount: '0.01' },
      { currency: 'CNY' },
    );
    expect(result.decision).toBe('hold');
    expect(result.exposure.amount.toString()).toBe('123456789012345678901234567890.13');
    expect(result.headroom.amount.toString()).toBe('-0.01');
  });

  it('set a credit limit exactly from 30-digit figures', () => {
    const result = creditLimit({
      currency: 'CNY',
      grade: findGrade(defaultGradeScale, 'AA'),
      monthsTrading: 24,
      annualCreditSales: THIRTY_DIGITS,
      cycleMonths: 1,
      netAssets: THIRTY_DIGITS,
      averageMonthlyReceipts: THIRTY_DIGITS,
      workingCapital: THIRTY_DIGITS,
    });
    // Sales forecast: sales / 12 × (60 / 30 + 1) = sales / 4.
    expect(result.methods[0]?.status === 'applied' && result.methods[0].amount.toString()).toBe(
      '30864197253086419725308641972.53',
    );
    expect(result.limit.amount.toString()).toBe('12345678901234567890123450000');
  });

  it('weigh a PAYDEX score by 30-digit amounts exactly', () => {
    const result = paydexScore([
      { amount: THIRTY_DIGITS, daysBeyondTerms: 3_652_058 },
      { amount: THIRTY_DIGITS, daysBeyondTerms: -3_652_058 },
    ]);
    expect([result.score.toString(), result.totalAmount.toString()]).toEqual([
      '50.5',
      '246913578024691357802469135780.24',
    ]);
  });
});

describe('zero denominators and empty lists', () => {
  it.each([
    [
      'altmanZScore',
      () =>
        altmanZScore(
          {
            totalAssets: 0,
            totalLiabilities: 0,
            currentAssets: 0,
            currentLiabilities: 0,
            retainedEarnings: 0,
            ebit: 0,
            bookEquity: 0,
            sales: 0,
          },
          'private',
        ),
    ],
    ['currentRatio', () => currentRatio({ currentAssets: 0, currentLiabilities: 0 })],
    ['debtToAssetsRatio', () => debtToAssetsRatio({ totalLiabilities: 0, totalAssets: 0 })],
    ['paydexScore of no experiences', () => paydexScore([])],
    ['paydexScore of zero amounts', () => paydexScore([{ amount: '0', daysBeyondTerms: 0 }])],
  ])('%s refuses with ZERO_DENOMINATOR', (_name, call) => {
    expect(call).toThrow(code('ZERO_DENOMINATOR'));
  });

  it('approve nothing against nothing: a zero order within a zero limit', () => {
    const result = decideCredit(
      { grade: findGrade(defaultGradeScale, 'A'), limit: '0', openReceivables: '0', unshippedOrders: '0' },
      { amount: '0' },
      { currency: 'CNY' },
    );
    expect([result.decision, result.headroom.amount.toString()]).toEqual(['approve', '0']);
  });

  it('compare two policies without sales: every line zero', () => {
    const policy = (id: string) => ({
      id,
      annualCreditSales: 0,
      variableCostRatio: '0.6',
      badDebtRate: '0',
      collectionCost: 0,
      payments: [{ share: 1, day: 30 }],
    });
    const result = compareCreditPolicies([policy('a'), policy('b')], { capitalCost: '0.1' });
    expect(result.policies.every((line) => line.profit.isZero() && line.profitChange.isZero())).toBe(true);
  });
});

describe('the first and last days and the longest delays', () => {
  it('schedule a review from year 1 and refuse one beyond year 9999 with DATE_OUT_OF_RANGE', () => {
    expect(nextReview({ on: '0001-01-01', grade: 'A' }, { scale: defaultGradeScale }).dueOn).toBe(
      '0001-07-01',
    );
    expect(() => nextReview({ on: '9999-10-01', grade: 'A' }, { scale: defaultGradeScale })).toThrow(
      code('DATE_OUT_OF_RANGE'),
    );
  });

  it('put the longest delay and largest exposure in the highest tier', () => {
    const assessment = assessRiskTier({
      daysPastDue: 3_652_058,
      exposure: THIRTY_DIGITS,
      limit: '0.01',
      signalCount: 15,
      criticalSignalCount: 15,
      brokenPromises: 1_000_000,
      daysToLimitationExpiry: -3_652_058,
    });
    expect(assessment.tier).toBe(4);
  });

  it('bound the PAYDEX index to 1–100 however late or early the payment', () => {
    expect([paydexIndex(3_652_058).toString(), paydexIndex(-3_652_058).toString()]).toEqual(['1', '100']);
  });
});

describe('properties', () => {
  it('scores any finite facts on the 0–100 scale or refuses them with a coded error', () => {
    // Extreme but within every factor's valid range (none of them below zero), so most applicants are scored.
    const figure = fc.oneof(
      fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
      fc.constantFrom(0, Number.MAX_VALUE, Number.MIN_VALUE, 1e308),
    );
    const facts = fc.record({
      onTimeRatio: fc.double({ min: 0, max: 1, noNaN: true }),
      brokenPromises: figure,
      currentRatio: figure,
      debtToAssets: figure,
      collateralCoverage: figure,
      outlook: fc.constantFrom('favourable', 'neutral', 'adverse', null),
      operatingCashFlowToCurrentLiabilities: fc.double({
        min: -Number.MAX_VALUE,
        max: Number.MAX_VALUE,
        noNaN: true,
      }),
      yearsTrading: figure,
      companyAgeYears: figure,
      maxDaysPastDue: figure,
    });
    fc.assert(
      fc.property(facts, (input) => {
        const outcome = checkHostileCall(() => scoreApplicant(sevenItemScorecard, input));
        if (outcome.kind === 'returned')
          expect(outcome.value.score >= 0 && outcome.value.score <= 100).toBe(true);
        else expect(['INVALID_ARGUMENT', 'MISSING_FACTOR_VALUE']).toContain(outcome.error.code);
      }),
    );
  });

  it('keeps the PAYDEX index within 1–100 for any whole number of days beyond terms', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3_652_058, max: 3_652_058 }), (days) => {
        const index = paydexIndex(days);
        expect(index.greaterThanOrEqualTo(1) && index.lessThanOrEqualTo(100)).toBe(true);
      }),
    );
  });
});
