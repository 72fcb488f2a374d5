import { describeValue, ReceivablesError } from '@receivables/core';
import type { GradeDefinition } from '../grades/GradeDefinition.ts';
import type { GradeScale } from '../grades/GradeScale.ts';

/**
 * The grade of a scale with this id, or `INVALID_ARGUMENT` naming the field and the grades that exist.
 *
 * @internal
 */
export function reviewGrade(scale: GradeScale, id: string, api: string, field: string): GradeDefinition {
  const found = scale.grades.find((grade) => grade.id === id);
  if (found !== undefined) return found;
  const known = scale.grades.map((grade) => grade.id).join(', ');
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `${api}: ${field}: ${describeValue(id)} is not a grade of scale ${describeValue(scale.id)} (grades: ${known})`,
    { details: { field, value: describeValue(id), scale: scale.id } },
  );
}
