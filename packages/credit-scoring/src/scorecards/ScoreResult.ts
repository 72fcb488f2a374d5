import type { GradeDefinition } from '../grades/GradeDefinition.ts';
import type { AppliedRule } from '../rules/AppliedRule.ts';
import type { FactorResult } from './FactorResult.ts';
import type { ScoreReason } from './ScoreReason.ts';

/** The score of one applicant and everything that explains it. */
export interface ScoreResult {
  readonly scorecardId: string;
  readonly scale: 'percent' | 'points';
  /** The score, rounded to the scorecard's `scoreDecimals`. */
  readonly score: number;
  /** Bad:good odds at this score on the points scale (floating point); `null` on the 0–100 scale. */
  readonly odds: number | null;
  /** The grade after the knock-out and cap rules. */
  readonly grade: GradeDefinition;
  /** The grade the score alone earns. */
  readonly gradeBeforeRules: GradeDefinition;
  /** Every factor, in the definition's order. */
  readonly factors: readonly FactorResult[];
  /** The factors that lowered the score most, by lost points, ties in the definition's order. */
  readonly reasons: readonly ScoreReason[];
  /** Every rule whose condition held, in the definition's order. */
  readonly rulesApplied: readonly AppliedRule[];
}
