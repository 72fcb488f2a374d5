import type { TacticId } from '../vocabulary/TacticId.ts';
import type { TacticSlug } from '../vocabulary/TacticSlug.ts';
import type { Reason } from './Reason.ts';

/** A tactic a hard rule forbids in the situation, with every rule that does. */
export interface ExcludedTactic {
  readonly tactic: TacticId;
  readonly slug: TacticSlug;
  readonly reasons: readonly Reason[];
}
