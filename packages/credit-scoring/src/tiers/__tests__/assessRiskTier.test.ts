import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessRiskTier, defaultRiskTiers, type RiskFacts, type RiskTierDefinition } from '../../index.ts';

const calm: RiskFacts = {
  daysPastDue: 0,
  exposure: '400000',
  limit: '500000',
  signalCount: 0,
  criticalSignalCount: 0,
  brokenPromises: 0,
  daysToLimitationExpiry: 1000,
};

const tierOf = (patch: RiskFacts) => assessRiskTier({ ...calm, ...patch }).tier;

describe('assessRiskTier', () => {
  it('puts a customer with nothing firing in tier 0 with pre-due reminders', () => {
    const assessment = assessRiskTier(calm);
    expect(assessment).toMatchObject({ tier: 0, id: 'normal', firedTriggers: [], unevaluated: [] });
    expect(assessment.measures.map((measure) => measure.id)).toEqual(['preDueReminders']);
    expect(assessment.utilisation?.toString()).toBe('0.8');
  });

  it.each([
    [0, 0],
    [-5, 0],
    [1, 1],
    [30, 1],
    [31, 2],
    [60, 2],
    [61, 3],
    [90, 3],
    [91, 4],
  ])('puts %i days past due in tier %i (spec §1.8)', (daysPastDue, tier) => {
    expect(tierOf({ daysPastDue })).toBe(tier);
  });

  it.each([
    ['400000', 0],
    ['400001', 1],
    ['500000', 1],
    ['500001', 2],
  ])('puts an exposure of %s against a limit of 500,000 in tier %i', (exposure, tier) => {
    expect(tierOf({ exposure })).toBe(tier);
  });

  it.each([
    [{ signalCount: 1 }, 1],
    [{ signalCount: 2 }, 2],
    [{ signalCount: 3 }, 3],
    [{ signalCount: 9 }, 3],
    [{ brokenPromises: 1 }, 2],
    [{ brokenPromises: 2 }, 3],
    [{ signalCount: 1, criticalSignalCount: 1 }, 4],
    [{ daysToLimitationExpiry: 181 }, 0],
    [{ daysToLimitationExpiry: 180 }, 4],
    [{ daysToLimitationExpiry: -10 }, 4],
  ] as const)('puts %j in tier %i', (patch, tier) => {
    expect(tierOf(patch)).toBe(tier);
  });

  it('takes the highest tier and lists every fired trigger, highest first', () => {
    const assessment = assessRiskTier({ ...calm, daysPastDue: 45, signalCount: 3, brokenPromises: 1 });
    expect(assessment.tier).toBe(3);
    expect(assessment.label).toEqual({ en: 'Serious', 'zh-CN': '严重' });
    expect(assessment.firedTriggers.map((fired) => [fired.tier, fired.trigger.id, fired.value])).toEqual([
      [3, 'threeSignals', '3'],
      [2, 'dpd31to60', '45'],
      [2, 'oneBrokenPromise', '1'],
      [2, 'twoSignals', '3'],
    ]);
    expect(assessment.measures.map((measure) => measure.id)).toEqual([
      'stopSupply',
      'cashInAdvance',
      'executiveContact',
      'repaymentPlanWithGuarantee',
      'downgradeOneGrade',
    ]);
  });

  it('treats a positive exposure against a zero limit as over the limit', () => {
    const assessment = assessRiskTier({ ...calm, exposure: '1', limit: 0 });
    expect(assessment.tier).toBe(2);
    expect(assessment.utilisation).toBe('unbounded');
    expect(assessment.firedTriggers.map((fired) => fired.value)).toEqual(['unbounded']);
    expect(assessRiskTier({ ...calm, exposure: 0, limit: 0 }).tier).toBe(0);
  });

  it('lists the facts not given instead of assuming them harmless', () => {
    const assessment = assessRiskTier({ daysPastDue: 45 });
    expect(assessment.tier).toBe(2);
    expect(assessment.utilisation).toBeNull();
    expect(assessment.unevaluated).toEqual([
      'utilisation',
      'signalCount',
      'criticalSignalCount',
      'brokenPromises',
      'daysToLimitationExpiry',
    ]);
  });

  it('uses a custom tier table', () => {
    const twoTiers: RiskTierDefinition[] = [
      { tier: 0, id: 'ok', label: { en: 'OK', 'zh-CN': '正常' }, triggers: [], measures: [] },
      {
        tier: 1,
        id: 'late',
        label: { en: 'Late', 'zh-CN': '逾期' },
        triggers: [
          { id: 'anyLate', fact: 'daysPastDue', greaterThan: 0, label: { en: 'Late', 'zh-CN': '逾期' } },
        ],
        measures: [{ id: 'call', label: { en: 'Call', 'zh-CN': '电话' } }],
      },
    ];
    expect(assessRiskTier({ daysPastDue: 200 }, { tiers: twoTiers })).toMatchObject({ tier: 1, id: 'late' });
  });

  it('refuses a malformed table with INVALID_RISK_TIERS', () => {
    expect(() => assessRiskTier(calm, { tiers: [defaultRiskTiers[1]!, defaultRiskTiers[0]!] })).toThrow(
      expect.objectContaining({ code: 'INVALID_RISK_TIERS' }),
    );
  });

  it.each([
    [{ daysPastDue: 1.5 }, 'INVALID_ARGUMENT', 'assessRiskTier: daysPastDue: 1.5 is not a whole number'],
    [{ signalCount: -1 }, 'INVALID_ARGUMENT', 'assessRiskTier: signalCount: -1 is negative'],
    [
      { brokenPromises: Number.NaN },
      'INVALID_ARGUMENT',
      'assessRiskTier: brokenPromises: NaN is not a whole number',
    ],
    [
      { signalCount: 1, criticalSignalCount: 2 },
      'INVALID_ARGUMENT',
      'assessRiskTier: criticalSignalCount: 2 is above signalCount 1; critical signals are among the signals counted',
    ],
    [
      { exposure: Number.POSITIVE_INFINITY },
      'INVALID_AMOUNT',
      'assessRiskTier: exposure: Infinity is not a finite number',
    ],
    [{ limit: '-1' }, 'INVALID_AMOUNT', 'assessRiskTier: limit: "-1" is negative; it must be zero or more'],
  ] as const)('refuses %j with %s', (patch, code, message) => {
    expect(() => assessRiskTier({ ...calm, ...patch })).toThrow(expect.objectContaining({ code, message }));
  });

  it('refuses an exposure without a limit', () => {
    expect(() => assessRiskTier({ exposure: 100 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'assessRiskTier: limit is missing; the utilisation needs both exposure and limit',
      }),
    );
  });
});

describe('properties', () => {
  const facts = fc.record({
    daysPastDue: fc.integer({ min: -30, max: 400 }),
    exposure: fc.integer({ min: 0, max: 2_000_000 }),
    limit: fc.integer({ min: 0, max: 2_000_000 }),
    signalCount: fc.integer({ min: 0, max: 6 }),
    criticalShare: fc.integer({ min: 0, max: 6 }),
    brokenPromises: fc.integer({ min: 0, max: 4 }),
    daysToLimitationExpiry: fc.integer({ min: -100, max: 1200 }),
  });
  const toFacts = (draw: {
    daysPastDue: number;
    exposure: number;
    limit: number;
    signalCount: number;
    criticalShare: number;
    brokenPromises: number;
    daysToLimitationExpiry: number;
  }): RiskFacts => ({
    daysPastDue: draw.daysPastDue,
    exposure: draw.exposure,
    limit: draw.limit,
    signalCount: draw.signalCount,
    criticalSignalCount: Math.min(draw.criticalShare, draw.signalCount),
    brokenPromises: draw.brokenPromises,
    daysToLimitationExpiry: draw.daysToLimitationExpiry,
  });
  const improvement = fc.record({
    fewerDays: fc.integer({ min: 0, max: 120 }),
    lessExposure: fc.integer({ min: 0, max: 500_000 }),
    moreLimit: fc.integer({ min: 0, max: 500_000 }),
    fewerSignals: fc.integer({ min: 0, max: 3 }),
    fewerCritical: fc.integer({ min: 0, max: 3 }),
    fewerBroken: fc.integer({ min: 0, max: 2 }),
    moreDaysToExpiry: fc.integer({ min: 0, max: 400 }),
  });

  it('never raises the tier when inputs improve: fewer days late, less exposure, more limit, fewer signals and promises broken, a later expiry', () => {
    fc.assert(
      fc.property(facts, improvement, (draw, better) => {
        const before = toFacts(draw);
        const signalCount = Math.max(0, draw.signalCount - better.fewerSignals);
        const after: RiskFacts = {
          daysPastDue: draw.daysPastDue - better.fewerDays,
          exposure: Math.max(0, draw.exposure - better.lessExposure),
          limit: draw.limit + better.moreLimit,
          signalCount,
          criticalSignalCount: Math.min(
            Math.max(0, before.criticalSignalCount! - better.fewerCritical),
            signalCount,
          ),
          brokenPromises: Math.max(0, draw.brokenPromises - better.fewerBroken),
          daysToLimitationExpiry: draw.daysToLimitationExpiry + better.moreDaysToExpiry,
        };
        expect(assessRiskTier(after).tier).toBeLessThanOrEqual(assessRiskTier(before).tier);
      }),
    );
  });

  it('takes the highest tier: the tier is that of the first fired trigger, and no fired trigger is above it', () => {
    fc.assert(
      fc.property(facts, (draw) => {
        const assessment = assessRiskTier(toFacts(draw));
        expect(assessment.firedTriggers.every((fired) => fired.tier <= assessment.tier)).toBe(true);
        expect(assessment.firedTriggers[0]?.tier ?? 0).toBe(assessment.tier);
        expect(assessment.measures).toBe(defaultRiskTiers[assessment.tier]!.measures);
      }),
    );
  });

  it('is deterministic: equal facts give equal assessments', () => {
    fc.assert(
      fc.property(facts, (draw) => {
        expect(assessRiskTier(toFacts(draw))).toEqual(assessRiskTier({ ...toFacts(draw) }));
      }),
    );
  });
});
