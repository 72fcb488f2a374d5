import { rankTactics } from '../_internals/rankTactics.ts';
import { reasonFactory } from '../_internals/reasonFactory.ts';
import { situationContext } from '../_internals/situationContext.ts';
import { trustedCatalog } from '../_internals/trustedCatalogs.ts';
import { defaultFitTables } from '../catalog/defaultFitTables.ts';
import type { ScriptCatalog } from '../catalog/ScriptCatalog.ts';
import type { QuietHours } from './QuietHours.ts';
import type { Situation } from './Situation.ts';
import type { TacticRecommendations } from './TacticRecommendations.ts';

/** Options of {@link recommendTactics}. */
export interface RecommendTacticsOptions {
  /**
   * The catalog whose fit tables score the tactics and whose locales word the reasons.
   * @defaultValue {@link defaultFitTables}, and reasons without sentences
   */
  readonly catalog?: ScriptCatalog;
  /** How near a dated `realDeadline` must be to count (spec 4.1). @defaultValue 10 */
  readonly maxDeadlineDays?: number;
  /** When no one may be called (spec 3.2). @defaultValue `{ from: '22:00', to: '08:00' }` */
  readonly quietHours?: QuietHours;
}

/**
 * Ranks the ten collection tactics for a situation, with the reasons. Hard rules come first and are
 * never broken: no formal (legal) tactic before tier 3, before due, without the readiness to lose the
 * account or without documents; no deadline tactic without a real deadline; no concession without
 * authority; no vision tactic at first contact; no deadline pressure or plea when the customer is
 * willing but unable; see {@link tacticHardRules}. The allowed tactics are then scored with the
 * catalog's fit tables (scenario, power situation, negotiator style, cause, stage). The same input
 * always gives the same output; ties are broken by tactic id.
 *
 * @param situation - The situation: excuse, power, style, cause, stage, channel, tier, locale and flags.
 * @param options - The catalog, the deadline window and the quiet hours.
 * @returns The ranked tactics, the excluded ones with the rules that exclude them, and advice.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` with `details.issues` for a malformed situation or
 *   option; `INVALID_CATALOG` when a catalog built by hand is invalid.
 *
 * @example
 * ```ts
 * import { recommendTactics } from '@receivables/script-catalog';
 *
 * const result = recommendTactics({
 *   scenario: 'E5',
 *   power: 'customerStronger',
 *   stage: 'earlyOverdue',
 *   tier: 1,
 *   locale: 'en',
 *   flags: { readyToEndRelationship: false, realDeadline: true, authorityToConcede: false },
 * });
 * console.log(result.ranked.slice(0, 2).map((entry) => entry.slug)); // ["plea","deadline"]
 * console.log(result.excluded.map((entry) => entry.tactic)); // ["T7","T10"]
 * ```
 */
export function recommendTactics(
  situation: Situation,
  options: RecommendTacticsOptions = {},
): TacticRecommendations {
  const catalog =
    options.catalog === undefined ? undefined : trustedCatalog(options.catalog, 'recommendTactics');
  const context = situationContext(situation, options, 'recommendTactics');
  return rankTactics(context, catalog?.fit ?? defaultFitTables, reasonFactory(catalog));
}
