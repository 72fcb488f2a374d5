import type { IsoDate } from '@receivables/core';
import type { ReviewChange } from './ReviewChange.ts';

/** One credit review as kept in a customer's history: what was proposed and what applies from then on. */
export interface ReviewRecord {
  readonly on: IsoDate;
  /** The grade the evaluation proposed, e.g. from a scorecard. */
  readonly proposedGrade: string;
  /** The grade in force after the review. */
  readonly grade: string;
  readonly change: ReviewChange;
}
