import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScriptCatalog } from '../../default.ts';
import type {
  CollectionStage,
  ContactChannel,
  PowerSituation,
  ScenarioId,
  Situation,
  SituationFlags,
  TacticId,
  Tier,
} from '../../index.ts';
import { createScriptCatalog, extendCatalog, lintScript, recommendScripts } from '../../index.ts';
import { en } from '../../locales/en.ts';
import { forbiddenBySpec } from './hardRuleOracle.ts';

const catalog = defaultScriptCatalog;
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
const CHANNELS: readonly (ContactChannel | undefined)[] = [
  undefined,
  'phone',
  'messaging',
  'email',
  'letter',
  'visit',
  'lawyerLetter',
  'legalFiling',
];
const POWERS: readonly (PowerSituation | undefined)[] = [
  undefined,
  'customerStronger',
  'evenlyMatched',
  'willingButUnable',
];
const IMMEDIATE: ReadonlySet<ContactChannel> = new Set(['phone', 'messaging', 'visit']);
const FORMAL_ONLY_FEARS = new Set(['F1', 'F2', 'F3', 'F4', 'F9']);
/** Flag profiles from the most cautious to the most permissive. */
const PROFILES: readonly SituationFlags[] = [
  { readyToEndRelationship: false, realDeadline: false, authorityToConcede: false },
  {
    readyToEndRelationship: false,
    realDeadline: true,
    authorityToConcede: true,
    deliveryDocumented: false,
    firstContact: true,
  },
  {
    readyToEndRelationship: true,
    realDeadline: true,
    authorityToConcede: true,
    deliveryDocumented: true,
    personalRelationship: true,
    smeProtection: true,
    limitationAtRisk: true,
  },
  {
    readyToEndRelationship: true,
    realDeadline: '2026-06-15',
    authorityToConcede: false,
    deliveryDocumented: true,
    managementApproval: false,
  },
];

/** Drops the fields left undefined, as a caller with exact optional properties would. */
function compact(draft: Record<string, unknown>): Situation {
  return Object.fromEntries(
    Object.entries(draft).filter(([, value]) => value !== undefined),
  ) as unknown as Situation;
}

const base: Situation = {
  stage: 'earlyOverdue',
  tier: 1,
  locale: 'en',
  flags: PROFILES[0] as SituationFlags,
};

/** Checks one recommendation against the spec; returns what is wrong, if anything. */
function problems(situation: Situation): string[] {
  const found: string[] = [];
  const { scripts } = recommendScripts(situation, { catalog });
  for (const { template, channels } of scripts) {
    const where = `${template.id}@${template.locale}`;
    if (template.tactic !== undefined && forbiddenBySpec(template.tactic as TacticId, situation))
      found.push(`${where}: forbidden tactic`);
    if (!template.stages.includes(situation.stage)) found.push(`${where}: wrong stage`);
    if ((template.minTier ?? 0) > situation.tier) found.push(`${where}: below its tier`);
    if ((template.requires ?? []).some((flag) => situation.flags[flag] !== true))
      found.push(`${where}: unmet requirement`);
    if (template.scenario !== undefined && template.scenario !== situation.scenario)
      found.push(`${where}: other excuse`);
    if (channels.length === 0 || channels.some((channel) => !template.channels.includes(channel)))
      found.push(`${where}: channels`);
    if (situation.channel !== undefined && channels.some((channel) => channel !== situation.channel))
      found.push(`${where}: channel`);
    if (situation.localTime === '23:30' && channels.some((channel) => IMMEDIATE.has(channel)))
      found.push(`${where}: quiet hours`);
    if (
      (template.fears ?? []).some((fear) => FORMAL_ONLY_FEARS.has(fear)) &&
      (template.tactic !== 'T10' || situation.tier < 3)
    ) {
      found.push(`${where}: formal-only fear`);
    }
    const night = lintScript(template.body, { stage: situation.stage, locale: template.locale }).filter(
      (finding) => finding.category === 'nightContact',
    );
    if (template.kind === 'phone' && night.length > 0) found.push(`${where}: night contact`);
  }
  return found;
}

describe('recommendScripts', () => {
  it('answers “finance is away” first, with the deadline and the plea, when the customer is stronger', () => {
    const { locale, scripts } = recommendScripts(
      {
        ...base,
        scenario: 'E5',
        power: 'customerStronger',
        channel: 'phone',
        flags: { ...base.flags, realDeadline: true },
      },
      { catalog },
    );
    expect(locale).toBe('en');
    expect(scripts.slice(0, 2).map((script) => [script.template.id, script.score])).toEqual([
      ['financeAway.answer1', { tactic: 9, excuse: 10, total: 19 }],
      ['financeAway.answer2', { tactic: 9, excuse: 10, total: 19 }],
    ]);
    expect(scripts[0]?.reasons.map((reason) => reason.text.en)).toEqual([
      'Answers the excuse “Finance is away”.',
      'Uses Deadline, ranked 2.',
    ]);
  });

  it('offers neither the deadline nor the plea when the customer is willing but unable', () => {
    const { scripts } = recommendScripts(
      { ...base, scenario: 'E5', power: 'willingButUnable', flags: { ...base.flags, realDeadline: true } },
      { catalog },
    );
    expect(scripts.map((script) => script.template.tactic)).not.toContain('T5');
    expect(scripts.map((script) => script.template.tactic)).not.toContain('T4');
    expect(scripts[0]?.template.id).toBe('empathy.phone');
  });

  it('keeps calls, messages and visits out of quiet hours', () => {
    const situation: Situation = { ...base, localTime: '23:30' };
    const { scripts } = recommendScripts(situation, { catalog });
    expect(scripts.length).toBeGreaterThan(0);
    expect(
      scripts
        .flatMap((script) => script.channels)
        .every((channel) => channel === 'email' || channel === 'letter'),
    ).toBe(true);
    expect(recommendScripts({ ...situation, channel: 'phone' }, { catalog }).scripts).toEqual([]);
    expect(
      recommendScripts({ ...situation, localTime: '08:00', channel: 'phone' }, { catalog }).scripts.length,
    ).toBeGreaterThan(0);
  });

  it('offers the formal wording and the final notice only when everything allows it', () => {
    const ready: Situation = { ...base, stage: 'lateOverdue', tier: 3, flags: PROFILES[2] as SituationFlags };
    const ids = (situation: Situation): string[] =>
      recommendScripts(situation, { catalog }).scripts.map((s) => s.template.id);
    expect(ids(ready)).toEqual(
      expect.arrayContaining(['formal.phone', 'formal.written', 'letter.finalNotice']),
    );
    expect(ids({ ...ready, tier: 2 })).not.toEqual(expect.arrayContaining(['formal.phone']));
    expect(ids({ ...ready, flags: { ...ready.flags, readyToEndRelationship: false } })).not.toContain(
      'letter.finalNotice',
    );
  });

  it('offers the limitation demand with its acknowledgement slip only when the limitation period is at risk', () => {
    const ids = (limitationAtRisk: boolean): string[] =>
      recommendScripts(
        { ...base, channel: 'letter', flags: { ...base.flags, limitationAtRisk } },
        { catalog },
      ).scripts.map((script) => script.template.id);
    expect(ids(true)).toEqual(['letter.firstNotice', 'letter.limitationDemand']);
    expect(ids(false)).toEqual(['letter.firstNotice']);
  });

  it('offers the SME-regulation rebuttal only when the regulation applies', () => {
    const ids = (smeProtection: boolean): string[] =>
      recommendScripts(
        { ...base, scenario: 'E1', flags: { ...base.flags, smeProtection } },
        { catalog },
      ).scripts.map((script) => script.template.id);
    expect(ids(true)).toContain('poorQuality.smeRebuttal');
    expect(ids(false)).not.toContain('poorQuality.smeRebuttal');
  });

  it('never sends a lawyer’s letter below tier 4', () => {
    const lawyer = {
      ...(en.templates.find((t) => t.id === 'letter.finalNotice') as (typeof en.templates)[number]),
      id: 'acme.lawyer',
      channels: ['lawyerLetter'] as const,
    };
    const extended = extendCatalog(catalog, { templates: [lawyer] });
    const situation: Situation = {
      ...base,
      stage: 'preLegal',
      channel: 'lawyerLetter',
      flags: PROFILES[2] as SituationFlags,
    };
    expect(recommendScripts({ ...situation, tier: 3 }, { catalog: extended }).scripts).toEqual([]);
    expect(
      recommendScripts({ ...situation, tier: 4 }, { catalog: extended }).scripts.map((s) => s.template.id),
    ).toEqual(['acme.lawyer']);
  });

  it('chooses the situation’s locale and falls back to the default one, saying so', () => {
    const chinese = recommendScripts({ ...base, locale: 'zh-CN', channel: 'phone' }, { catalog });
    expect(chinese.locale).toBe('zh-CN');
    expect(chinese.scripts.every((script) => script.template.locale === 'zh-CN')).toBe(true);
    const english = createScriptCatalog({ locales: [en] });
    const fallback = recommendScripts({ ...base, locale: 'zh-CN', channel: 'phone' }, { catalog: english });
    expect(fallback.locale).toBe('en');
    const partial = extendCatalog(english, { locales: [{ ...en.texts, locale: 'en-GB' }] });
    const british = recommendScripts({ ...base, locale: 'en-GB', channel: 'phone' }, { catalog: partial });
    expect(british.scripts[0]?.reasons.at(-1)).toMatchObject({
      code: 'localeFallback',
      params: { requested: 'en-GB', locale: 'en' },
    });
  });

  it('returns at most the limit', () => {
    expect(recommendScripts(base, { catalog, limit: 2 }).scripts.map((script) => script.rank)).toEqual([
      1, 2,
    ]);
    expect(recommendScripts(base, { catalog, limit: 0 }).scripts).toEqual([]);
  });

  it('refuses to run without a catalog, with a bad limit or a malformed situation', () => {
    expect(() => recommendScripts(base, undefined as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => recommendScripts(base, { catalog, limit: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => recommendScripts({ ...base, channel: 'fax' } as never, { catalog })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

const anySituation: fc.Arbitrary<Situation> = fc
  .record({
    scenario: fc.constantFrom(...SCENARIOS),
    power: fc.constantFrom(...POWERS),
    stage: fc.constantFrom(...STAGES),
    channel: fc.constantFrom(...CHANNELS),
    tier: fc.constantFrom(...TIERS),
    locale: fc.constantFrom('en', 'zh-CN', 'de'),
    localTime: fc.constantFrom(undefined, '12:00', '23:30'),
    flags: fc.constantFrom(...PROFILES),
  })
  .map((draft) => compact({ ...draft, asOf: '2026-06-10' }));

describe('properties', () => {
  describe.each(STAGES)(
    'never breaks a hard rule over every enumerated situation at the stage %s',
    (stage) => {
      it.each(TIERS)('at tier %i, for every excuse, channel, time and flag profile', (tier) => {
        const found: string[] = [];
        let index = 0;
        for (const scenario of SCENARIOS)
          for (const channel of CHANNELS)
            for (const localTime of ['12:00', '23:30']) {
              index++;
              const situation = compact({
                scenario,
                channel,
                stage,
                tier,
                localTime,
                power: POWERS[index % POWERS.length],
                locale: index % 2 === 0 ? 'en' : 'zh-CN',
                asOf: '2026-06-10',
                flags: PROFILES[index % PROFILES.length],
              });
              found.push(...problems(situation));
            }
        expect(found).toEqual([]);
      });
    },
  );

  it('never breaks a hard rule in any situation', () => {
    fc.assert(
      fc.property(anySituation, (situation) => {
        expect(problems(situation)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and ranks by score, ties by template id', () => {
    fc.assert(
      fc.property(anySituation, (situation) => {
        const first = recommendScripts(situation, { catalog });
        expect(JSON.stringify(recommendScripts({ ...situation }, { catalog }))).toBe(JSON.stringify(first));
        first.scripts.forEach((script, index) => {
          const next = first.scripts[index + 1];
          if (next !== undefined) {
            expect(
              script.score.total > next.score.total ||
                (script.score.total === next.score.total && script.template.id < next.template.id),
            ).toBe(true);
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
