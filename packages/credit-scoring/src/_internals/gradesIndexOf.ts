import { describeValue, ReceivablesError } from '@receivables/core';
import type { GradeScale } from '../grades/GradeScale.ts';

/**
 * The position of a grade in its scale (0 = best), or a coded error naming the grades that exist.
 *
 * @internal
 */
export function gradesIndexOf(scale: GradeScale, gradeId: string, api: string, role: string): number {
  const index = scale.grades.findIndex((grade) => grade.id === gradeId);
  if (index >= 0) return index;
  const known = scale.grades.map((grade) => grade.id).join(', ');
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `${api}: ${role} ${describeValue(gradeId)} is not a grade of scale ${describeValue(scale.id)} (grades: ${known})`,
    { details: { value: gradeId, scale: scale.id } },
  );
}
