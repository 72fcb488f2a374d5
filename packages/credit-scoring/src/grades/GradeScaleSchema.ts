import { addValidationIssue } from '@receivables/core';
import * as z from 'zod';
import {
  gradesEvenWithOtherIssues,
  gradesLabelSchema,
  gradesTextSchema,
} from '../_internals/gradesTextSchemas.ts';
import type { GradeScale } from './GradeScale.ts';

const WHOLE = 'must be a whole number';

const gradeDefinitionSchema = z
  .strictObject({
    id: gradesTextSchema.meta({ description: 'Stable id, e.g. "AAA".' }),
    minScore: z.number().min(0).meta({ description: 'The lowest score, inclusive, that earns this grade.' }),
    paymentMode: z
      .enum(['cashInAdvance', 'cashOnDelivery', 'finalPaymentBeforeFinalGoods', 'openAccount'])
      .meta({ description: 'How goods and payment are sequenced (spec §1.4).' }),
    netAssetRatio: z
      .string()
      .regex(/^(0(\.\d+)?|1(\.0+)?)$/, { error: 'must be a decimal string from 0 to 1, e.g. "0.20"' })
      .meta({ description: 'Share of net assets usable as a limit (净资产法 r), e.g. "0.20".' }),
    // multipleOf rather than int(): zod's integer check would hide the cross-grade problems.
    maxCreditDays: z
      .number()
      .min(0)
      .multipleOf(1, { error: WHOLE })
      .meta({ type: 'integer', description: 'The longest credit term, in days.' }),
    reviewMonths: z
      .number()
      .min(1)
      .multipleOf(1, { error: WHOLE })
      .meta({ type: 'integer', description: 'Months until the next regular review.' }),
    label: gradesLabelSchema,
  })
  .meta({ title: 'GradeDefinition' });

/**
 * The zod schema of a {@link GradeScale}. It reports every problem at once, each at its path: field
 * types, unknown keys, blank ids or labels, a net-asset ratio that is not a decimal from 0 to 1, grade
 * ids used twice (`duplicate_grade`), minimum scores that do not strictly decrease (`grades_not_decreasing`)
 * and a last grade whose minimum is not 0 (`last_grade_not_zero`).
 *
 * @example
 * ```ts
 * import { GradeScaleSchema, defaultGradeScale } from '@receivables/credit-scoring';
 *
 * const [first, second] = defaultGradeScale.grades;
 * const result = GradeScaleSchema.safeParse({ id: 'two', grades: [second, first] });
 * console.log(result.success); // false
 * ```
 */
export const GradeScaleSchema: z.ZodType<GradeScale> = z
  .strictObject({
    id: gradesTextSchema.meta({ description: 'Stable id of the scale, e.g. "default".' }),
    grades: z
      .array(gradeDefinitionSchema)
      .min(1, { error: 'a scale needs at least one grade' })
      .superRefine(reportGradeOrder, gradesEvenWithOtherIssues)
      .meta({ description: 'Best grade first; minScore strictly decreasing; the last minScore 0.' }),
  })
  .meta({ title: 'GradeScale', description: 'A credit grade scale as data (spec §1.2).' });

function reportGradeOrder(grades: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  // Runs on raw input too (see gradesEvenWithOtherIssues), so nothing about the entries can be assumed.
  if (!Array.isArray(grades)) return;
  const entries = grades.map((grade: unknown) =>
    typeof grade === 'object' && grade !== null ? (grade as Record<string, unknown>) : {},
  );
  const firstIndex = new Map<unknown, number>();
  entries.forEach((grade, index) => {
    const first = firstIndex.get(grade.id);
    if (first === undefined) firstIndex.set(grade.id, index);
    else {
      const message = `grade id ${JSON.stringify(grade.id)} is used twice (first at grades[${first}])`;
      addValidationIssue(ctx, 'duplicate_grade', message, grade.id, [index, 'id']);
    }
    const previous = entries[index - 1]?.minScore;
    const score = grade.minScore;
    if (index > 0 && typeof previous === 'number' && typeof score === 'number' && score >= previous) {
      const message = `minScore ${score} must be below the ${previous} of the better grade before it`;
      addValidationIssue(ctx, 'grades_not_decreasing', message, score, [index, 'minScore']);
    }
  });
  const last = entries.at(-1);
  if (last !== undefined && typeof last.minScore === 'number' && last.minScore !== 0) {
    const message = `the last grade's minScore is ${last.minScore}; it must be 0 so that every score has a grade`;
    addValidationIssue(ctx, 'last_grade_not_zero', message, last.minScore, [entries.length - 1, 'minScore']);
  }
}
