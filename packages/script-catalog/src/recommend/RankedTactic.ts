import type { TacticId } from '../vocabulary/TacticId.ts';
import type { TacticSlug } from '../vocabulary/TacticSlug.ts';
import type { Reason } from './Reason.ts';
import type { ScoreBreakdown } from './ScoreBreakdown.ts';

/** An allowed tactic, with its place in the ranking, its score and the reasons for both. */
export interface RankedTactic {
  /** 1 for the best. */
  readonly rank: number;
  readonly tactic: TacticId;
  readonly slug: TacticSlug;
  readonly score: ScoreBreakdown;
  /** Why it scored what it did, then any cautions for using it. */
  readonly reasons: readonly Reason[];
}
