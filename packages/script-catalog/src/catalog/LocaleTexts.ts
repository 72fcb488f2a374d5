import type { CauseKind } from '../vocabulary/CauseKind.ts';
import type { CauseSubtype } from '../vocabulary/CauseSubtype.ts';
import type { CollectionStage } from '../vocabulary/CollectionStage.ts';
import type { CommonExcuseId } from '../vocabulary/CommonExcuseId.ts';
import type { ContactChannel } from '../vocabulary/ContactChannel.ts';
import type { DebtorFear } from '../vocabulary/DebtorFear.ts';
import type { NegotiatorStyle } from '../vocabulary/NegotiatorStyle.ts';
import type { PowerSituation } from '../vocabulary/PowerSituation.ts';
import type { ReasonCode } from '../vocabulary/ReasonCode.ts';
import type { ScenarioId } from '../vocabulary/ScenarioId.ts';
import type { TacticId } from '../vocabulary/TacticId.ts';
import type { ExcuseText } from './ExcuseText.ts';
import type { ScenarioText } from './ScenarioText.ts';
import type { TacticText } from './TacticText.ts';
import type { TermText } from './TermText.ts';

/**
 * Everything a catalog says in one language, apart from its templates: names and descriptions of the
 * tactics, scenarios, excuses, power situations, styles, causes, fears, stages and channels, and the
 * recommender's reasons as ICU messages (their arguments are in {@link Reason}'s `params`; ids such as
 * `{tactic}` are shown by their names).
 */
export interface LocaleTexts {
  /** A BCP 47 tag, e.g. `en` or `zh-CN`. */
  readonly locale: string;
  /** The language's own name, e.g. `English`, `简体中文`. */
  readonly name: string;
  readonly tactics: Readonly<Record<TacticId, TacticText>>;
  readonly scenarios: Readonly<Record<ScenarioId, ScenarioText>>;
  readonly excuses: Readonly<Record<CommonExcuseId, ExcuseText>>;
  readonly powerSituations: Readonly<Record<PowerSituation, TermText>>;
  readonly styles: Readonly<Record<NegotiatorStyle, TermText>>;
  readonly causes: Readonly<Record<CauseKind, TermText>>;
  readonly causeSubtypes: Readonly<Record<CauseSubtype, string>>;
  readonly fears: Readonly<Record<DebtorFear, string>>;
  readonly stages: Readonly<Record<CollectionStage, string>>;
  readonly channels: Readonly<Record<ContactChannel, string>>;
  readonly reasons: Readonly<Record<ReasonCode, string>>;
}
