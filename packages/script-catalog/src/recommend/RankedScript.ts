import type { ScriptTemplate } from '../catalog/ScriptTemplate.ts';
import type { ContactChannel } from '../vocabulary/ContactChannel.ts';
import type { Reason } from './Reason.ts';
import type { ScriptScoreBreakdown } from './ScriptScoreBreakdown.ts';

/** A template the situation allows, with its rank, score and reasons. */
export interface RankedScript {
  /** 1 for the best. */
  readonly rank: number;
  /** The template, in the situation's locale or, failing that, the catalog's default one. */
  readonly template: ScriptTemplate;
  /** The template's channels that may be used now (tier and quiet hours allowing). */
  readonly channels: readonly ContactChannel[];
  readonly score: ScriptScoreBreakdown;
  readonly reasons: readonly Reason[];
}
