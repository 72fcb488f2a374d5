import type { RankedScript } from './RankedScript.ts';
import type { TacticRecommendations } from './TacticRecommendations.ts';

/** What {@link recommendScripts} returns. */
export interface ScriptRecommendations {
  /** The locale the scripts were chosen for, after falling back to the catalog's default. */
  readonly locale: string;
  /** The allowed scripts, best first; ties are broken by template id. */
  readonly scripts: readonly RankedScript[];
  /** The tactic ranking the scripts were scored with. */
  readonly tactics: TacticRecommendations;
}
