import { describeValue, ReceivablesError } from '@receivables/core';
import type { GradeDefinition } from './GradeDefinition.ts';
import type { GradeScale } from './GradeScale.ts';

/**
 * Finds the grade a score earns: the first grade, best first, whose `minScore` the score reaches. The
 * last grade takes every lower score, negative ones included.
 *
 * @param scale - The grade scale, e.g. `defaultGradeScale`.
 * @param score - A finite score on the scale's terms (0–100 for the presets).
 * @returns The grade's definition.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when the score is NaN or infinite.
 *
 * @example
 * ```ts
 * import { defaultGradeScale, gradeForScore } from '@receivables/credit-scoring';
 *
 * console.log(gradeForScore(defaultGradeScale, 80).id, gradeForScore(defaultGradeScale, 79.99).id); // AA A
 * ```
 */
export function gradeForScore(scale: GradeScale, score: number): GradeDefinition {
  if (!Number.isFinite(score)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `gradeForScore: cannot grade the score ${describeValue(score)}: it is not a finite number`,
      { details: { value: score } },
    );
  }
  const grades = scale.grades;
  const last = grades.length - 1;
  for (let index = 0; index < last; index += 1) {
    const grade = grades[index]!;
    if (score >= grade.minScore) return grade;
  }
  return grades[last]!;
}
