import type { CauseKind } from '../vocabulary/CauseKind.ts';
import type { CollectionStage } from '../vocabulary/CollectionStage.ts';
import type { NegotiatorStyle } from '../vocabulary/NegotiatorStyle.ts';
import type { PowerSituation } from '../vocabulary/PowerSituation.ts';
import type { ScenarioId } from '../vocabulary/ScenarioId.ts';
import type { TacticId } from '../vocabulary/TacticId.ts';
import type { FitWeights } from './FitWeights.ts';

/**
 * The soft preferences of the recommender as data: which tactics suit each scenario (in order of
 * preference), each power situation (preferred and avoided), each negotiator style, each cause and each
 * stage, and how many points each preference is worth. Hard rules are not here: no table can allow
 * what a hard rule forbids.
 */
export interface FitTables {
  readonly scenario: Readonly<Record<ScenarioId, readonly TacticId[]>>;
  readonly power: Readonly<
    Record<PowerSituation, { readonly preferred: readonly TacticId[]; readonly avoided: readonly TacticId[] }>
  >;
  readonly style: Readonly<Record<NegotiatorStyle, readonly TacticId[]>>;
  readonly cause: Readonly<Record<CauseKind, readonly TacticId[]>>;
  readonly stage: Readonly<Record<CollectionStage, readonly TacticId[]>>;
  readonly weights: FitWeights;
}
