import { deepFreeze, ReceivablesError } from '@receivables/core';
import { defaultGradeScale } from './defaultGradeScale.ts';
import type { GradeDefinition } from './GradeDefinition.ts';
import type { GradeScale } from './GradeScale.ts';

/**
 * The four-level variant (id `fourLevel`) of spec §1.2: A merges AAA, AA and A (score ≥70), then B ≥60,
 * C ≥50 and D below 50. A takes the most cautious terms of the grades it merges, those of the default
 * scale's A (r 10%, 30 credit days, review every 6 months), so that merging never loosens credit.
 *
 * @example
 * ```ts
 * import { fourLevelGradeScale } from '@receivables/credit-scoring';
 *
 * console.log(fourLevelGradeScale.grades.map((grade) => `${grade.id}≥${grade.minScore}`).join(' ')); // A≥70 B≥60 C≥50 D≥0
 * ```
 */
export const fourLevelGradeScale: GradeScale = /* @__PURE__ */ deepFreeze({
  id: 'fourLevel',
  grades: [
    { ...gradeOf('A'), minScore: 70, label: { en: 'A (good)', 'zh-CN': 'A级（良好）' } },
    // B, C and D are the default scale's, unchanged.
    gradeOf('B'),
    gradeOf('C'),
    gradeOf('D'),
  ],
});

function gradeOf(id: string): GradeDefinition {
  const grade = defaultGradeScale.grades.find((candidate) => candidate.id === id);
  if (grade === undefined)
    throw new ReceivablesError(
      'INVALID_GRADE_SCALE',
      `fourLevelGradeScale: the default scale has no grade ${id}`,
    );
  return grade;
}
