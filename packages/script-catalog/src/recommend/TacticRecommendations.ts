import type { ExcludedTactic } from './ExcludedTactic.ts';
import type { RankedTactic } from './RankedTactic.ts';
import type { Reason } from './Reason.ts';

/** What {@link recommendTactics} returns. */
export interface TacticRecommendations {
  /** The allowed tactics, best first; ties are broken by tactic id (T1 before T10). */
  readonly ranked: readonly RankedTactic[];
  /** The tactics a hard rule forbids, in id order. */
  readonly excluded: readonly ExcludedTactic[];
  /** Advice on the situation as a whole (ask for the deputy approver, split the disputed amount, …). */
  readonly advice: readonly Reason[];
}
