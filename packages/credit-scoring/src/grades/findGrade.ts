import { gradesIndexOf } from '../_internals/gradesIndexOf.ts';
import type { GradeDefinition } from './GradeDefinition.ts';
import type { GradeScale } from './GradeScale.ts';

/**
 * Looks a grade up by its id.
 *
 * @param scale - The grade scale.
 * @param gradeId - The grade's id, e.g. `'B'`.
 * @returns The grade's definition with its payment mode, ratio, credit days and review interval.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when the scale has no grade with that id.
 *
 * @example
 * ```ts
 * import { defaultGradeScale, findGrade } from '@receivables/credit-scoring';
 *
 * console.log(findGrade(defaultGradeScale, 'B').paymentMode); // finalPaymentBeforeFinalGoods
 * ```
 */
export function findGrade(scale: GradeScale, gradeId: string): GradeDefinition {
  return scale.grades[gradesIndexOf(scale, gradeId, 'findGrade', 'grade')]!;
}
