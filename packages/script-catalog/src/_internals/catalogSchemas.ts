import * as z from 'zod';
import type { CauseDefinition } from '../catalog/CauseDefinition.ts';
import type { ChannelDefinition } from '../catalog/ChannelDefinition.ts';
import type { CommonExcuse } from '../catalog/CommonExcuse.ts';
import type { FearDefinition } from '../catalog/FearDefinition.ts';
import type { FitTables } from '../catalog/FitTables.ts';
import type { LocaleTexts } from '../catalog/LocaleTexts.ts';
import type { ScriptCatalog } from '../catalog/ScriptCatalog.ts';
import type { ScriptTemplate } from '../catalog/ScriptTemplate.ts';
import type { StageDefinition } from '../catalog/StageDefinition.ts';
import type { LintRule } from '../lint/LintRule.ts';
import type { Tier } from '../vocabulary/Tier.ts';
import { lintPatternProblem } from './lintPatternProblem.ts';
import {
  CAUSE_KINDS,
  CAUSE_SUBTYPES,
  COLLECTION_STAGES,
  COMMON_EXCUSE_IDS,
  CONTACT_CHANNELS,
  DEBTOR_FEARS,
  LETTER_KINDS,
  LINT_CATEGORIES,
  LINT_SEVERITIES,
  NEGOTIATOR_STYLES,
  POWER_SITUATIONS,
  REASON_CODES,
  SCENARIO_IDS,
  SCENARIO_SLUGS,
  SITUATION_FLAG_NAMES,
  TACTIC_IDS,
  TACTIC_SLUGS,
  TEMPLATE_KINDS,
  VARIABLE_TYPES,
} from './vocabulary.ts';

const text = z.string().regex(/\S/, { message: 'must not be blank' });

/** A BCP 47 tag in its canonical form (`zh-CN`, not `zh-cn`), so locale lookups can be exact. @internal */
export const LocaleTagSchema: z.ZodType<string> = z.string().superRefine((value, context) => {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(value)[0];
  } catch {
    canonical = undefined;
  }
  if (canonical !== value) {
    context.addIssue({
      code: 'custom',
      message:
        canonical === undefined
          ? `${JSON.stringify(value)} is not a BCP 47 language tag`
          : `${JSON.stringify(value)} is not in canonical form: write ${JSON.stringify(canonical)}`,
      params: { code: 'invalid_locale' },
      input: value,
    });
  }
});

/** @internal */
export const TierSchema: z.ZodType<Tier> = z.literal([0, 1, 2, 3, 4]);

const tacticId = z.enum(TACTIC_IDS);
const stage = z.enum(COLLECTION_STAGES);
const channel = z.enum(CONTACT_CHANNELS);

function uniqueList<T extends z.ZodType<string>>(item: T): z.ZodArray<T> {
  return z.array(item).superRefine((list, context) => {
    const seen = new Set<string>();
    list.forEach((value, index) => {
      if (seen.has(value as string)) {
        context.addIssue({
          code: 'custom',
          path: [index],
          message: `${JSON.stringify(value)} is listed twice`,
          params: { code: 'duplicate' },
          input: value,
        });
      }
      seen.add(value as string);
    });
  }) as z.ZodArray<T>;
}

/** @internal */
export const ScriptTemplateSchema: z.ZodType<ScriptTemplate> = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, { message: 'must be letters, digits, ".", "_" or "-"' }),
  locale: LocaleTagSchema,
  kind: z.enum(TEMPLATE_KINDS),
  tactic: tacticId.exactOptional(),
  scenario: z.enum(SCENARIO_IDS).exactOptional(),
  letter: z.enum(LETTER_KINDS).exactOptional(),
  channels: uniqueList(channel).min(1),
  stages: uniqueList(stage).min(1),
  minTier: TierSchema.exactOptional(),
  fears: uniqueList(z.enum(DEBTOR_FEARS)).exactOptional(),
  requires: uniqueList(z.enum(SITUATION_FLAG_NAMES)).exactOptional(),
  variables: z.record(z.string(), z.enum(VARIABLE_TYPES)),
  subject: text.exactOptional(),
  body: text,
});

const TermTextSchema = z.strictObject({ name: text, description: text });

/** @internal */
export const LocaleTextsSchema: z.ZodType<LocaleTexts> = z.strictObject({
  locale: LocaleTagSchema,
  name: text,
  tactics: z.record(tacticId, z.strictObject({ name: text, intent: text, preconditions: text, risks: text })),
  scenarios: z.record(z.enum(SCENARIO_IDS), z.strictObject({ name: text, meaning: text, advice: text })),
  excuses: z.record(z.enum(COMMON_EXCUSE_IDS), z.strictObject({ example: text, advice: text })),
  powerSituations: z.record(z.enum(POWER_SITUATIONS), TermTextSchema),
  styles: z.record(z.enum(NEGOTIATOR_STYLES), TermTextSchema),
  causes: z.record(z.enum(CAUSE_KINDS), TermTextSchema),
  causeSubtypes: z.record(z.enum(CAUSE_SUBTYPES), text),
  fears: z.record(z.enum(DEBTOR_FEARS), text),
  stages: z.record(stage, text),
  channels: z.record(channel, text),
  reasons: z.record(z.enum(REASON_CODES), text),
});

const LintPatternSchema = z.string().superRefine((value, context) => {
  const problem = lintPatternProblem(value);
  if (problem !== undefined) {
    context.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value)} ${problem}`,
      params: { code: 'unsafe_pattern' },
      input: value,
    });
  }
});

const atLeastOne = { message: 'needs at least one entry' };

/** @internal */
export const LintRuleSchema: z.ZodType<LintRule> = z.strictObject({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9._-]{0,99}$/, { message: 'must start with a letter' }),
  category: z.enum(LINT_CATEGORIES),
  severity: z.enum(LINT_SEVERITIES),
  stages: uniqueList(stage).min(1).exactOptional(),
  message: z.record(LocaleTagSchema, text).refine((value) => Object.keys(value).length > 0, atLeastOne),
  match: z
    .record(
      LocaleTagSchema,
      z
        .strictObject({
          keywords: z.array(text).exactOptional(),
          patterns: z.array(LintPatternSchema).exactOptional(),
        })
        .refine((value) => (value.keywords?.length ?? 0) + (value.patterns?.length ?? 0) > 0, {
          message: 'needs a keyword or a pattern',
        }),
    )
    .refine((value) => Object.keys(value).length > 0, atLeastOne),
});

/** @internal */
export const LintRulesSchema: z.ZodType<readonly LintRule[]> = z
  .array(LintRuleSchema)
  .superRefine((rules, context) => {
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      if (seen.has(rule.id)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `the rule id ${JSON.stringify(rule.id)} is used twice`,
          params: { code: 'duplicate_id' },
          input: rule.id,
        });
      }
      seen.add(rule.id);
    });
  });

const tacticList = uniqueList(tacticId);
const weight = z.number().min(0).max(1000);

/** @internal */
export const FitTablesSchema: z.ZodType<FitTables> = z.strictObject({
  scenario: z.record(z.enum(SCENARIO_IDS), tacticList),
  power: z.record(z.enum(POWER_SITUATIONS), z.strictObject({ preferred: tacticList, avoided: tacticList })),
  style: z.record(z.enum(NEGOTIATOR_STYLES), tacticList),
  cause: z.record(z.enum(CAUSE_KINDS), tacticList),
  stage: z.record(stage, tacticList),
  weights: z.strictObject({
    scenarioFirst: weight,
    scenarioStep: weight,
    powerPreferred: weight,
    powerAvoided: weight,
    style: weight,
    cause: weight,
    stage: weight,
    excuseAnswer: weight,
  }),
});

/** @internal */
export const CommonExcuseSchema: z.ZodType<CommonExcuse> = z.strictObject({
  id: z.enum(COMMON_EXCUSE_IDS),
  scenarios: uniqueList(z.enum(SCENARIO_IDS)),
  power: z.enum(POWER_SITUATIONS).exactOptional(),
  cause: z.enum(CAUSE_KINDS).exactOptional(),
});

const dayCount = z.number().int().min(-100_000).max(100_000);

const StageDefinitionSchema: z.ZodType<StageDefinition> = z.strictObject({
  id: stage,
  fromDaysPastDue: dayCount.exactOptional(),
  toDaysPastDue: dayCount.exactOptional(),
});

const ChannelDefinitionSchema: z.ZodType<ChannelDefinition> = z.strictObject({
  id: channel,
  immediate: z.boolean(),
  minTier: TierSchema,
});

const FearDefinitionSchema: z.ZodType<FearDefinition> = z.strictObject({
  id: z.enum(DEBTOR_FEARS),
  formalOnly: z.boolean(),
});

const CauseDefinitionSchema: z.ZodType<CauseDefinition> = z.strictObject({
  id: z.enum(CAUSE_KINDS),
  subtypes: uniqueList(z.enum(CAUSE_SUBTYPES)),
});

/** Tactic and scenario slugs are fixed by their ids. */
const slugOf = (ids: Record<string, string>) => (value: { id: string; slug: string }) =>
  ids[value.id] === value.slug;

/**
 * The shape of a whole catalog: field types, closed vocabularies, no unknown keys. The rules across
 * fields are in `catalogIssues`.
 *
 * @internal
 */
export const ScriptCatalogShapeSchema: z.ZodType<ScriptCatalog> = z.strictObject({
  version: text,
  defaultLocale: LocaleTagSchema,
  locales: z.array(LocaleTextsSchema).min(1, atLeastOne),
  tactics: z.array(
    z
      .strictObject({ id: tacticId, slug: z.enum(Object.values(TACTIC_SLUGS)) })
      .refine(slugOf(TACTIC_SLUGS), { message: 'the slug does not belong to the id' }),
  ),
  scenarios: z.array(
    z
      .strictObject({ id: z.enum(SCENARIO_IDS), slug: z.enum(Object.values(SCENARIO_SLUGS)) })
      .refine(slugOf(SCENARIO_SLUGS), { message: 'the slug does not belong to the id' }),
  ),
  excuses: z.array(CommonExcuseSchema),
  powerSituations: z.array(z.strictObject({ id: z.enum(POWER_SITUATIONS) })),
  styles: z.array(z.strictObject({ id: z.enum(NEGOTIATOR_STYLES) })),
  causes: z.array(CauseDefinitionSchema),
  fears: z.array(FearDefinitionSchema),
  stages: z.array(StageDefinitionSchema),
  channels: z.array(ChannelDefinitionSchema),
  fit: FitTablesSchema,
  templates: z.array(ScriptTemplateSchema),
  lintRules: LintRulesSchema,
});
