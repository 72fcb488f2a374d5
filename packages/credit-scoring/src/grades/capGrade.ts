import { gradesIndexOf } from '../_internals/gradesIndexOf.ts';
import type { GradeDefinition } from './GradeDefinition.ts';
import type { GradeScale } from './GradeScale.ts';

/**
 * Limits a grade to at most a ceiling: the worse of the two. A cap never raises a grade.
 *
 * @param scale - The grade scale both grades belong to.
 * @param gradeId - The grade before the cap.
 * @param atMost - The best grade allowed.
 * @returns The definition of `gradeId` when it is already at or below `atMost`, else that of `atMost`.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when either id is not a grade of the scale.
 *
 * @example
 * ```ts
 * import { capGrade, defaultGradeScale } from '@receivables/credit-scoring';
 *
 * console.log(capGrade(defaultGradeScale, 'AA', 'C').id, capGrade(defaultGradeScale, 'D', 'C').id); // C D
 * ```
 */
export function capGrade(scale: GradeScale, gradeId: string, atMost: string): GradeDefinition {
  const index = gradesIndexOf(scale, gradeId, 'capGrade', 'grade');
  const ceiling = gradesIndexOf(scale, atMost, 'capGrade', 'atMost');
  return scale.grades[Math.max(index, ceiling)]!;
}
