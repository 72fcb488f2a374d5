import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScriptCatalog } from '../../default.ts';
import type {
  CauseSubtype,
  CollectionStage,
  NegotiatorStyle,
  PowerSituation,
  ScenarioId,
  Situation,
  TacticId,
  Tier,
} from '../../index.ts';
import { recommendTactics } from '../../index.ts';
import { forbiddenBySpec } from './hardRuleOracle.ts';

const TACTICS: readonly TacticId[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10'];
const STAGES: readonly CollectionStage[] = [
  'beforeDue',
  'earlyOverdue',
  'middleOverdue',
  'lateOverdue',
  'preLegal',
  'legal',
];
const TIERS: readonly Tier[] = [0, 1, 2, 3, 4];
const SCENARIOS: readonly (ScenarioId | undefined)[] = [
  undefined,
  'E1',
  'E2',
  'E3',
  'E4',
  'E5',
  'E6',
  'E7',
  'E8',
  'E9',
  'E10',
];
const POWERS: readonly (PowerSituation | undefined)[] = [
  undefined,
  'customerStronger',
  'evenlyMatched',
  'willingButUnable',
];
const STYLES: readonly (NegotiatorStyle | undefined)[] = [undefined, 'eagle', 'sheep', 'fox', 'donkey'];
const MAYBE: readonly (boolean | undefined)[] = [undefined, false, true];
const AS_OF = '2026-05-20';
/** No deadline, an undated one, one at the edge of the 10-day window, one just past it. */
const DEADLINES: readonly (boolean | string)[] = [false, true, '2026-05-30', '2026-05-31'];
const CAUSES: readonly { cause?: 'personalMotive' | 'newChange'; causeSubtype?: CauseSubtype }[] = [
  {},
  { cause: 'personalMotive', causeSubtype: 'greyZoneBenefit' },
];

/** Subtypes tried per cause: none, the one with a hard rule, one without. */
const SUBTYPES_TRIED = {
  personalMotive: [undefined, 'greyZoneBenefit', 'showResults'],
  newChange: [undefined, 'newLeader'],
  newSituation: [undefined, 'policy'],
} as const;

const base: Situation = {
  stage: 'earlyOverdue',
  tier: 1,
  locale: 'en',
  flags: { readyToEndRelationship: false, realDeadline: false, authorityToConcede: false },
};

/** Drops the fields left undefined, as a caller with exact optional properties would. */
function compact(draft: { readonly flags: object } & Record<string, unknown>): Situation {
  const defined = (value: object): Record<string, unknown> =>
    Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));
  return { ...defined(draft), flags: defined(draft.flags) } as unknown as Situation;
}

/** Every situation that differs in something a hard rule reads, for one stage and tier; scenario and style rotate. */
function* situationsAt(stage: CollectionStage, tier: Tier): Generator<Situation> {
  let index = 0;
  for (const power of POWERS)
    for (const cause of CAUSES)
      for (const readyToEndRelationship of [false, true])
        for (const realDeadline of DEADLINES)
          for (const authorityToConcede of [false, true])
            for (const deliveryDocumented of MAYBE)
              for (const personalRelationship of MAYBE)
                for (const firstContact of MAYBE)
                  for (const managementApproval of MAYBE) {
                    index++;
                    yield compact({
                      scenario: SCENARIOS[index % SCENARIOS.length],
                      style: STYLES[index % STYLES.length],
                      power,
                      ...cause,
                      stage,
                      tier,
                      locale: 'en',
                      asOf: AS_OF,
                      flags: {
                        readyToEndRelationship,
                        realDeadline,
                        authorityToConcede,
                        deliveryDocumented,
                        personalRelationship,
                        firstContact,
                        managementApproval,
                      },
                    });
                  }
}

describe('recommendTactics', () => {
  it('puts the deadline and the plea first when finance is away and the customer is stronger', () => {
    const result = recommendTactics({
      ...base,
      scenario: 'E5',
      power: 'customerStronger',
      flags: { ...base.flags, realDeadline: true },
    });
    expect(
      result.ranked
        .slice(0, 2)
        .map((entry) => entry.tactic)
        .sort(),
    ).toEqual(['T4', 'T5']);
    expect(result.advice.map((reason) => reason.code)).toEqual(['askDeputyApprover']);
  });

  it('never uses the deadline (or the plea) when the customer is willing but unable', () => {
    for (const scenario of ['E5', 'E6', 'E7'] as const) {
      const result = recommendTactics({
        ...base,
        scenario,
        power: 'willingButUnable',
        flags: { ...base.flags, realDeadline: true },
      });
      expect(result.ranked.map((entry) => entry.tactic)).not.toContain('T5');
      expect(
        result.excluded.find((entry) => entry.tactic === 'T5')?.reasons.map((reason) => reason.code),
      ).toEqual(['unableAvoidsPressure']);
      expect(result.advice.map((reason) => reason.code)).toContain('signedPlanWithGuarantee');
    }
  });

  it('ranks the formal tactic first for an evenly matched leader before legal action, when everything allows it', () => {
    const result = recommendTactics({
      ...base,
      power: 'evenlyMatched',
      style: 'eagle',
      stage: 'preLegal',
      tier: 4,
      flags: {
        readyToEndRelationship: true,
        realDeadline: false,
        authorityToConcede: false,
        deliveryDocumented: true,
      },
    });
    expect(result.ranked[0]).toMatchObject({
      rank: 1,
      tactic: 'T10',
      slug: 'formal',
      score: { scenario: 0, power: 3, style: 2, cause: 0, stage: 1, total: 6 },
    });
    expect(result.ranked[0]?.reasons.map((reason) => reason.code)).toEqual([
      'powerPreferred',
      'styleFit',
      'stageFit',
      'getManagementApproval',
    ]);
  });

  it('gives every rule that excludes the formal tactic, with its params', () => {
    const excluded = recommendTactics({ ...base, stage: 'beforeDue', tier: 2 }).excluded.find(
      (entry) => entry.tactic === 'T10',
    );
    expect(excluded?.reasons.map((reason) => [reason.code, reason.params])).toEqual([
      ['formalNeedsTier', { tactic: 'T10', tier: 2, minTier: 3 }],
      ['formalBeforeDue', { tactic: 'T10' }],
      ['formalNeedsReadiness', { tactic: 'T10' }],
      ['formalNeedsDocuments', { tactic: 'T10' }],
    ]);
  });

  it('counts a dated deadline only within the window after asOf', () => {
    const allowsDeadline = (realDeadline: string, maxDeadlineDays?: number): boolean =>
      recommendTactics(
        { ...base, asOf: AS_OF, flags: { ...base.flags, realDeadline } },
        maxDeadlineDays === undefined ? {} : { maxDeadlineDays },
      ).ranked.some((entry) => entry.tactic === 'T5');
    expect(allowsDeadline('2026-05-20')).toBe(true);
    expect(allowsDeadline('2026-05-30')).toBe(true);
    expect(allowsDeadline('2026-05-31')).toBe(false);
    expect(allowsDeadline('2026-05-19')).toBe(false);
    expect(allowsDeadline('2026-05-31', 15)).toBe(true);
  });

  it('never concedes or pleads to a contact seeking a personal benefit, and says to escalate', () => {
    const result = recommendTactics({
      ...base,
      cause: 'personalMotive',
      causeSubtype: 'greyZoneBenefit',
      flags: { ...base.flags, authorityToConcede: true },
    });
    expect(result.excluded.map((entry) => entry.tactic)).toEqual(['T4', 'T5', 'T7', 'T10']);
    expect(result.advice.map((reason) => reason.code)).toEqual(['escalateNeverPay']);
  });

  it('words the reasons in every locale of the catalog, and leaves them unworded without one', () => {
    const situation: Situation = { ...base, scenario: 'E5', power: 'customerStronger' };
    const worded = recommendTactics(situation, { catalog: defaultScriptCatalog });
    const plain = recommendTactics(situation);
    const reason = worded.ranked.find((entry) => entry.tactic === 'T4')?.reasons[0];
    expect(reason).toEqual({
      code: 'scenarioFit',
      params: { tactic: 'T4', scenario: 'E5', rank: 2 },
      text: { en: 'Choice 2 against the excuse “Finance is away”.', 'zh-CN': '应对“财务不在”的第2选择。' },
    });
    expect(plain.ranked.find((entry) => entry.tactic === 'T4')?.reasons[0]).toEqual({ ...reason, text: {} });
  });

  it('scores with the catalog’s fit tables', () => {
    const catalog = {
      ...defaultScriptCatalog,
      fit: {
        ...defaultScriptCatalog.fit,
        scenario: { ...defaultScriptCatalog.fit.scenario, E5: ['T6'] as const },
      },
    };
    const result = recommendTactics({ ...base, scenario: 'E5' }, { catalog });
    expect(result.ranked[0]?.tactic).toBe('T6');
  });

  it('lists every problem of a malformed situation', () => {
    let caught: unknown;
    try {
      recommendTactics({
        stage: 'overdue',
        tier: 5,
        locale: '??',
        causeSubtype: 'policy',
        flags: { realDeadline: '2026-06-01' },
      } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'INVALID_ARGUMENT' });
    const paths = (caught as { details: { issues: { pathText: string }[] } }).details.issues.map(
      (issue) => issue.pathText,
    );
    expect(paths).toEqual([
      'situation.stage',
      'situation.tier',
      'situation.locale',
      'situation.flags.readyToEndRelationship',
      'situation.flags.authorityToConcede',
    ]);
  });

  it('needs asOf for a dated deadline and a cause for a cause subtype', () => {
    expect(() => recommendTactics({ ...base, flags: { ...base.flags, realDeadline: '2026-06-01' } })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('situation.asOf'),
      }),
    );
    expect(() => recommendTactics({ ...base, cause: 'newChange', causeSubtype: 'policy' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('situation.causeSubtype'),
      }),
    );
  });

  it('refuses malformed options', () => {
    expect(() => recommendTactics(base, { maxDeadlineDays: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => recommendTactics(base, { quietHours: { from: '22h', to: '08:00' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

/** Any situation at all, every field drawn over its whole domain. */
const anySituation: fc.Arbitrary<Situation> = fc
  .record({
    scenario: fc.constantFrom(...SCENARIOS),
    power: fc.constantFrom(...POWERS),
    style: fc.constantFrom(...STYLES),
    cause: fc.constantFrom(undefined, 'newSituation', 'newChange', 'personalMotive' as const),
    stage: fc.constantFrom(...STAGES),
    tier: fc.constantFrom(...TIERS),
    locale: fc.constantFrom('en', 'zh-CN', 'fr'),
    localTime: fc.constantFrom(undefined, '07:59', '08:00', '21:59', '22:00'),
    flags: fc.record({
      readyToEndRelationship: fc.boolean(),
      realDeadline: fc.constantFrom(...DEADLINES, '2026-05-19'),
      authorityToConcede: fc.boolean(),
      deliveryDocumented: fc.constantFrom(...MAYBE),
      personalRelationship: fc.constantFrom(...MAYBE),
      firstContact: fc.constantFrom(...MAYBE),
      managementApproval: fc.constantFrom(...MAYBE),
      smeProtection: fc.constantFrom(...MAYBE),
      limitationAtRisk: fc.constantFrom(...MAYBE),
    }),
  })
  .chain((draft) =>
    fc
      .constantFrom<CauseSubtype | undefined>(
        ...((draft.cause === undefined ? [undefined] : SUBTYPES_TRIED[draft.cause]) as (
          | CauseSubtype
          | undefined
        )[]),
      )
      .map((causeSubtype) => compact({ ...draft, causeSubtype, asOf: AS_OF })),
  );

describe('properties', () => {
  describe.each(STAGES)(
    'never breaks a hard rule, over every enumerated situation at the stage %s',
    (stage) => {
      it.each(TIERS)('at tier %i: excluded tactics are exactly those the spec forbids', (tier) => {
        let checked = 0;
        for (const situation of situationsAt(stage, tier)) {
          const result = recommendTactics(situation);
          const forbidden = TACTICS.filter((tactic) => forbiddenBySpec(tactic, situation));
          const ranked = result.ranked.map((entry) => entry.tactic);
          if (ranked.some((tactic) => forbidden.includes(tactic))) {
            expect.fail(`${JSON.stringify(situation)} ranks a forbidden tactic: ${ranked} vs ${forbidden}`);
          }
          if (result.excluded.map((entry) => entry.tactic).join() !== forbidden.join()) {
            expect.fail(
              `${JSON.stringify(situation)} excludes ${result.excluded.map((e) => e.tactic)}, spec ${forbidden}`,
            );
          }
          checked++;
        }
        expect(checked).toBe(4 * 2 * 2 * 4 * 2 * 81);
      });
    },
  );

  it('never breaks a hard rule in any situation, whatever the scenario, style, cause or locale', () => {
    fc.assert(
      fc.property(anySituation, (situation) => {
        const result = recommendTactics(situation, { catalog: defaultScriptCatalog });
        const forbidden = TACTICS.filter((tactic) => forbiddenBySpec(tactic, situation));
        expect(result.ranked.filter((entry) => forbidden.includes(entry.tactic))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('names every tactic exactly once, ranked by score with ties broken by id', () => {
    fc.assert(
      fc.property(anySituation, (situation) => {
        const result = recommendTactics(situation);
        const all = [
          ...result.ranked.map((entry) => entry.tactic),
          ...result.excluded.map((entry) => entry.tactic),
        ];
        expect([...all].sort()).toEqual([...TACTICS].sort());
        result.ranked.forEach((entry, index) => {
          expect(entry.rank).toBe(index + 1);
          const next = result.ranked[index + 1];
          if (next !== undefined) {
            const order =
              entry.score.total - next.score.total ||
              TACTICS.indexOf(next.tactic) - TACTICS.indexOf(entry.tactic);
            expect(order).toBeGreaterThan(0);
          }
          const { total, ...parts } = entry.score;
          expect(Object.values(parts).reduce((sum, part) => sum + part, 0)).toBe(total);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same situation, however its keys are ordered, gives the same result', () => {
    fc.assert(
      fc.property(anySituation, (situation) => {
        const reversed = {
          ...Object.fromEntries(Object.entries(situation).reverse()),
          flags: Object.fromEntries(Object.entries(situation.flags).reverse()),
        } as Situation;
        const first = recommendTactics(situation, { catalog: defaultScriptCatalog });
        expect(JSON.stringify(recommendTactics(reversed, { catalog: defaultScriptCatalog }))).toBe(
          JSON.stringify(first),
        );
        expect(JSON.stringify(recommendTactics(situation, { catalog: defaultScriptCatalog }))).toBe(
          JSON.stringify(first),
        );
      }),
      { numRuns: 200 },
    );
  });
});
