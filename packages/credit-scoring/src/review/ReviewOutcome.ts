import type { GradeDefinition } from '../grades/GradeDefinition.ts';
import type { ReviewChange } from './ReviewChange.ts';
import type { ReviewRecord } from './ReviewRecord.ts';

/** What `applyReview` decides: the grade in force, the change, and the history with the new record. */
export interface ReviewOutcome {
  /** The grade in force after the review. */
  readonly grade: GradeDefinition;
  readonly change: ReviewChange;
  /** The record of this review, to keep and to pass to `nextReview`. */
  readonly record: ReviewRecord;
  /** The history given plus `record`; the input is not changed. */
  readonly history: readonly ReviewRecord[];
}
