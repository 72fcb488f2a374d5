import { deepFreeze, throwValidationError, toValidationIssues } from '@receivables/core';
import type { GradeScale } from './GradeScale.ts';
import { GradeScaleSchema } from './GradeScaleSchema.ts';

/**
 * Validates a grade scale kept as data (a JSON file, a settings row) and returns it frozen. Every problem
 * is reported at once with its path; see {@link GradeScaleSchema} for the rules.
 *
 * @param definition - The scale as plain data; see `gradeScaleJsonSchema`.
 * @returns A fresh, frozen, validated {@link GradeScale}.
 * @throws {ReceivablesError} `INVALID_GRADE_SCALE` listing every problem in `details.issues`.
 *
 * @example
 * ```ts
 * import { createGradeScale, gradeForScore } from '@receivables/credit-scoring';
 *
 * const passFail = createGradeScale({
 *   id: 'passFail',
 *   grades: [
 *     { id: 'pass', minScore: 60, paymentMode: 'openAccount', netAssetRatio: '0.10', maxCreditDays: 30, reviewMonths: 12, label: { en: 'Pass', 'zh-CN': '通过' } },
 *     { id: 'fail', minScore: 0, paymentMode: 'cashInAdvance', netAssetRatio: '0', maxCreditDays: 0, reviewMonths: 3, label: { en: 'Fail', 'zh-CN': '不通过' } },
 *   ],
 * });
 * console.log(gradeForScore(passFail, 59.5).id); // fail
 * try {
 *   createGradeScale({ id: 'broken', grades: [] });
 * } catch (error) {
 *   console.log((error as Error).message.split('\n')[1]); //   grades: a scale needs at least one grade (got an array of 0)
 * }
 * ```
 */
export function createGradeScale(definition: unknown): GradeScale {
  const result = GradeScaleSchema.safeParse(definition, { reportInput: true });
  if (!result.success) {
    throwValidationError('INVALID_GRADE_SCALE', 'createGradeScale', toValidationIssues(result.error.issues));
  }
  return deepFreeze(result.data);
}
