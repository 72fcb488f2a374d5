import { describeValue, type IsoDate, ReceivablesError } from '@receivables/core';
import { modelsReadCount } from '../_internals/modelsReadCount.ts';
import { modelsReadDate } from '../_internals/modelsReadDate.ts';
import { reviewGrade } from '../_internals/reviewGrade.ts';
import { compareGrades } from '../grades/compareGrades.ts';
import type { GradeScale } from '../grades/GradeScale.ts';
import type { ReviewChange } from './ReviewChange.ts';
import type { ReviewOutcome } from './ReviewOutcome.ts';
import type { ReviewRecord } from './ReviewRecord.ts';

/** Options of {@link applyReview}. */
export interface ApplyReviewOptions {
  /** The grade scale the grades belong to. */
  readonly scale: GradeScale;
  /** The day of this review; not before the last one in the history. */
  readonly on: IsoDate;
  /**
   * How many reviews in a row, this one included, must propose a better grade before it applies.
   * @defaultValue `2`
   */
  readonly cleanReviewsToUpgrade?: number;
}

const API = 'applyReview';

/**
 * Applies a review's proposed grade under the regrading rule of spec §1.5: a downgrade applies at once;
 * an upgrade needs two clean reviews in a row, that is, this review and the one before it both
 * proposing a grade better than the one in force. The upgrade is then to the lower of the proposals,
 * so no grade is granted that one of the reviews did not support. The first review sets the grade.
 *
 * @param history - The customer's earlier reviews, oldest first, as `applyReview` returned them.
 * @param proposedGrade - The grade this review's evaluation proposes.
 * @param options - The scale, the day of the review, and the clean reviews an upgrade needs.
 * @returns The grade in force, the change, this review's record and the extended history.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for a grade not in the scale, a review dated before the
 *   last one, or a count of clean reviews below 1; `INVALID_DATE` for a bad date.
 *
 * @example
 * ```ts
 * import { applyReview, defaultGradeScale } from '@receivables/credit-scoring';
 *
 * const scale = defaultGradeScale;
 * const first = applyReview([], 'B', { scale, on: '2025-07-01' });
 * const second = applyReview(first.history, 'A', { scale, on: '2026-01-01' });
 * console.log(second.change, second.grade.id); // upgradePending B
 * const third = applyReview(second.history, 'AA', { scale, on: '2026-07-01' });
 * console.log(third.change, third.grade.id); // upgrade A
 * const fourth = applyReview(third.history, 'C', { scale, on: '2026-08-15' });
 * console.log(fourth.change, fourth.grade.id); // downgrade C
 * ```
 */
export function applyReview(
  history: readonly ReviewRecord[],
  proposedGrade: string,
  options: ApplyReviewOptions,
): ReviewOutcome {
  const { scale } = options;
  const on = modelsReadDate(options.on, API, 'on');
  const needed = modelsReadCount(options.cleanReviewsToUpgrade ?? 2, API, 'cleanReviewsToUpgrade');
  if (needed < 1) {
    throw new ReceivablesError('INVALID_ARGUMENT', `${API}: cleanReviewsToUpgrade: ${needed} is below 1`, {
      details: { field: 'cleanReviewsToUpgrade', value: needed },
    });
  }
  const proposed = grade(scale, proposedGrade, 'proposedGrade');
  const last = history[history.length - 1];
  if (last === undefined) return outcome(history, on, proposed, proposed, 'initial', scale);
  const current = grade(scale, last.grade, `history[${history.length - 1}].grade`);
  if (on < modelsReadDate(last.on, API, `history[${history.length - 1}].on`)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${API}: on: ${describeValue(on)} is before the last review on ${last.on}`,
      { details: { field: 'on', value: on, last: last.on } },
    );
  }
  const better = compareGrades(scale, proposed, current);
  if (better < 0) return outcome(history, on, proposed, proposed, 'downgrade', scale);
  if (better === 0) return outcome(history, on, proposed, current, 'unchanged', scale);
  const support = [proposed, ...pendingProposals(history, current, scale)].slice(0, needed);
  if (support.length < needed) return outcome(history, on, proposed, current, 'upgradePending', scale);
  const lowest = support.reduce((worst, id) => (compareGrades(scale, id, worst) < 0 ? id : worst));
  return outcome(history, on, proposed, lowest, 'upgrade', scale);
}

/** The proposals of the pending upgrades just before this review, on the grade still in force, newest first. */
function pendingProposals(history: readonly ReviewRecord[], current: string, scale: GradeScale): string[] {
  const proposals: string[] = [];
  for (let index = history.length - 1; index >= 0; index--) {
    const record = history[index]!;
    if (record.change !== 'upgradePending' || record.grade !== current) break;
    proposals.push(grade(scale, record.proposedGrade, `history[${index}].proposedGrade`));
  }
  return proposals;
}

function grade(scale: GradeScale, id: string, field: string): string {
  return reviewGrade(scale, id, API, field).id;
}

function outcome(
  history: readonly ReviewRecord[],
  on: IsoDate,
  proposedGrade: string,
  gradeId: string,
  change: ReviewChange,
  scale: GradeScale,
): ReviewOutcome {
  const record: ReviewRecord = { on, proposedGrade, grade: gradeId, change };
  return { grade: reviewGrade(scale, gradeId, API, 'grade'), change, record, history: [...history, record] };
}
