import { addValidationIssue } from '@receivables/core';
import * as z from 'zod';
import {
  gradesEvenWithOtherIssues,
  gradesLabelSchema,
  gradesTextSchema,
} from '../_internals/gradesTextSchemas.ts';
import { rulesConditionSchema, rulesFieldSchema } from '../_internals/rulesConditionSchema.ts';
import { rulesGradeRuleSchema } from '../_internals/rulesGradeRuleSchema.ts';
import { scorecardsDefinitionIssues } from '../_internals/scorecardsDefinitionIssues.ts';
import { GradeScaleSchema } from '../grades/GradeScaleSchema.ts';
import type { ScorecardDefinition } from './ScorecardDefinition.ts';

const FACTOR_KINDS = ['bands', 'categories', 'linear', 'custom'];

const rangeSchema = z
  .strictObject({ min: z.number().exactOptional(), max: z.number().exactOptional() })
  .meta({ description: 'Values outside min–max (inclusive) are refused, not clamped.' });

const missingSchema = z
  .union([z.literal('reject'), z.literal('neutral'), z.strictObject({ points: z.number() })])
  .meta({ description: 'When the value is missing: "reject" (default), "neutral", or { "points": n }.' });

const commonShape = {
  id: gradesTextSchema.meta({ description: 'Stable factor id, unique in the scorecard.' }),
  label: gradesLabelSchema,
  weight: z.number().min(0).meta({ description: 'Not negative; default 1.' }).exactOptional(),
  missing: missingSchema.exactOptional(),
  caps: z
    .array(z.strictObject({ when: rulesConditionSchema, atMost: z.number() }))
    .meta({ description: 'Ceilings on the points while a condition holds.' })
    .exactOptional(),
  reason: z
    .strictObject({ code: gradesTextSchema, label: gradesLabelSchema })
    .meta({ description: 'The reason code and text reported when this factor lowers the score.' })
    .exactOptional(),
};

const bandsFactorSchema = z.strictObject({
  ...commonShape,
  kind: z.literal('bands'),
  field: rulesFieldSchema,
  bands: z
    .array(
      z.strictObject({
        atLeast: z.number().exactOptional(),
        above: z.number().exactOptional(),
        points: z.number(),
      }),
    )
    .min(1, { error: 'a bands factor needs at least one band' })
    .meta({
      description: 'Increasing bounds; the first band has none, later ones "atLeast" (≥) or "above" (>).',
    }),
  direction: z.enum(['higherIsBetter', 'lowerIsBetter']).exactOptional(),
  validRange: rangeSchema.exactOptional(),
});

const categoriesFactorSchema = z.strictObject({
  ...commonShape,
  kind: z.literal('categories'),
  field: rulesFieldSchema,
  categories: z
    .array(z.strictObject({ value: z.union([z.string(), z.number(), z.boolean()]), points: z.number() }))
    .min(1, { error: 'a categories factor needs at least one category' }),
  otherwise: z.number().meta({ description: 'Points for a value not listed.' }).exactOptional(),
});

const linearFactorSchema = z.strictObject({
  ...commonShape,
  kind: z.literal('linear'),
  terms: z
    .array(
      z.strictObject({
        field: rulesFieldSchema,
        coefficient: z.number(),
        ifMissing: z.number().exactOptional(),
        validRange: rangeSchema.exactOptional(),
      }),
    )
    .min(1, { error: 'a linear factor needs at least one term' }),
  intercept: z.number().exactOptional(),
  minPoints: z.number(),
  maxPoints: z.number(),
});

const customFactorSchema = z.strictObject({
  ...commonShape,
  kind: z.literal('custom'),
  field: rulesFieldSchema.exactOptional(),
});

const factorSchema = z.discriminatedUnion(
  'kind',
  [bandsFactorSchema, categoriesFactorSchema, linearFactorSchema, customFactorSchema],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `unknown factor kind ${JSON.stringify((issue.input as { kind?: unknown } | undefined)?.kind)}: use ${FACTOR_KINDS.join(', ')}`
        : undefined,
  },
);

const scaleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('percent') }),
    z.strictObject({
      kind: z.literal('points'),
      basePoints: z.number().exactOptional(),
      baseScore: z.number().exactOptional(),
      baseOdds: z.number().positive().exactOptional(),
      pointsToDoubleOdds: z.number().positive().exactOptional(),
    }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? 'unknown scale kind: use percent or points' : undefined,
  },
);

/**
 * The zod schema of a {@link ScorecardDefinition}. It reports every problem at once, each at its path:
 * the shape (unknown keys, unknown factor kinds, negative weights, NaN), and the rules across fields:
 * factor and rule ids used twice (`duplicate_factor`, `duplicate_rule`), weights not adding up to a
 * declared `totalWeight` (`weight_total_mismatch`) or all zero (`no_weight`), bands out of order
 * (`bands_not_increasing`, `band_bound`, `first_band_bounded`) or against their declared direction
 * (`bands_not_monotone`), a category listed twice (`duplicate_category`), points outside 0–100 on the
 * percent scale (`points_out_of_scale`), rules naming grades the scale lacks (`unknown_grade`), and a
 * points-scale card without a grade scale (`grade_scale_required`). Code-side checks (custom factors
 * and conditions) happen in `createScorecard`.
 *
 * @example
 * ```ts
 * import { ScorecardDefinitionSchema } from '@receivables/credit-scoring';
 *
 * const result = ScorecardDefinitionSchema.safeParse({
 *   id: 'tiny',
 *   totalWeight: 100,
 *   factors: [
 *     { id: 'size', kind: 'bands', field: 'employees', weight: 60, label: { en: 'Size', 'zh-CN': '规模' }, bands: [{ points: 20 }, { atLeast: 50, points: 100 }] },
 *     { id: 'age', kind: 'guess', weight: 30, label: { en: 'Age', 'zh-CN': '成立年限' } },
 *   ],
 * });
 * console.log(result.success ? 'valid' : result.error.issues.map((issue) => issue.message).join(' / ')); // unknown factor kind "guess": use bands, categories, linear, custom / the factors' weights add up to 90, not the declared 100
 * ```
 */
export const ScorecardDefinitionSchema: z.ZodType<ScorecardDefinition> = z
  .strictObject({
    $schema: z.string().meta({ description: 'The JSON Schema this file follows; ignored.' }).exactOptional(),
    id: gradesTextSchema.meta({ description: 'Stable id of the scorecard.' }),
    label: gradesLabelSchema.exactOptional(),
    scale: scaleSchema.exactOptional(),
    totalWeight: z.number().positive().exactOptional(),
    factors: z.array(factorSchema).min(1, { error: 'a scorecard needs at least one factor' }),
    rules: z.array(rulesGradeRuleSchema).exactOptional(),
    gradeScale: GradeScaleSchema.exactOptional(),
    scoreDecimals: z
      .number()
      .min(0)
      .max(6)
      .multipleOf(1, { error: 'must be a whole number' })
      .meta({ type: 'integer' })
      .exactOptional(),
    maxReasons: z
      .number()
      .min(0)
      .multipleOf(1, { error: 'must be a whole number' })
      .meta({ type: 'integer' })
      .exactOptional(),
  })
  .superRefine((definition, ctx) => {
    scorecardsDefinitionIssues(definition, (code, message, input, path) =>
      addValidationIssue(ctx, code, message, input, path),
    );
  }, gradesEvenWithOtherIssues)
  .meta({ title: 'ScorecardDefinition', description: 'A credit scorecard as data.' });
