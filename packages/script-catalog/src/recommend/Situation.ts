import type { IsoDate } from '@receivables/core';
import type { CauseKind } from '../vocabulary/CauseKind.ts';
import type { CauseSubtype } from '../vocabulary/CauseSubtype.ts';
import type { CollectionStage } from '../vocabulary/CollectionStage.ts';
import type { ContactChannel } from '../vocabulary/ContactChannel.ts';
import type { NegotiatorStyle } from '../vocabulary/NegotiatorStyle.ts';
import type { PowerSituation } from '../vocabulary/PowerSituation.ts';
import type { ScenarioId } from '../vocabulary/ScenarioId.ts';
import type { Tier } from '../vocabulary/Tier.ts';
import type { SituationFlags } from './SituationFlags.ts';

/** A collection situation, as the recommender reads it. */
export interface Situation {
  /** The excuse the customer gave, if any. */
  readonly scenario?: ScenarioId;
  readonly power?: PowerSituation;
  readonly style?: NegotiatorStyle;
  readonly cause?: CauseKind;
  /** Needs `cause`, and must be one of its subtypes. */
  readonly causeSubtype?: CauseSubtype;
  readonly stage: CollectionStage;
  /** The channel about to be used; any channel when absent. */
  readonly channel?: ContactChannel;
  readonly tier: Tier;
  /** The language to recommend templates in, e.g. `zh-CN`; the catalog's default when it has no such locale. */
  readonly locale: string;
  /** Today, needed when `flags.realDeadline` is a date. */
  readonly asOf?: IsoDate;
  /** The customer's local time, `HH:MM` in 24-hour form, to keep calls out of quiet hours. */
  readonly localTime?: string;
  readonly flags: SituationFlags;
}
