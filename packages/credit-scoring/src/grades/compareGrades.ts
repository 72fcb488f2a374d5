import { gradesIndexOf } from '../_internals/gradesIndexOf.ts';
import type { GradeScale } from './GradeScale.ts';

/**
 * Compares two grades of a scale: positive when `a` is the better grade, negative when it is worse, 0
 * when they are the same. Sorting with it puts the worst grade first.
 *
 * @param scale - The grade scale both grades belong to.
 * @param a - A grade id.
 * @param b - Another grade id.
 * @returns The number of grades `a` stands above `b` (negative when below).
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when either id is not a grade of the scale.
 *
 * @example
 * ```ts
 * import { compareGrades, defaultGradeScale } from '@receivables/credit-scoring';
 *
 * console.log(compareGrades(defaultGradeScale, 'AA', 'B'), compareGrades(defaultGradeScale, 'C', 'A')); // 2 -2
 * ```
 */
export function compareGrades(scale: GradeScale, a: string, b: string): number {
  return gradesIndexOf(scale, b, 'compareGrades', 'b') - gradesIndexOf(scale, a, 'compareGrades', 'a');
}
