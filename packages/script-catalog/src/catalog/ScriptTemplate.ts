import type { CollectionStage } from '../vocabulary/CollectionStage.ts';
import type { ContactChannel } from '../vocabulary/ContactChannel.ts';
import type { DebtorFear } from '../vocabulary/DebtorFear.ts';
import type { LetterKind } from '../vocabulary/LetterKind.ts';
import type { ScenarioId } from '../vocabulary/ScenarioId.ts';
import type { SituationFlagName } from '../vocabulary/SituationFlagName.ts';
import type { TacticId } from '../vocabulary/TacticId.ts';
import type { TemplateKind } from '../vocabulary/TemplateKind.ts';
import type { Tier } from '../vocabulary/Tier.ts';
import type { VariableType } from '../vocabulary/VariableType.ts';

/**
 * One message template in one locale. The `id` is shared by the template's versions in every locale,
 * which declare the same variables and metadata, so that any locale can fall back to the default one.
 * `subject` and `body` are ICU MessageFormat messages in plain text (no tags, no date or time
 * arguments: dates are `date` variables, formatted without a time zone); together they use exactly
 * the declared variables.
 */
export interface ScriptTemplate {
  /** Stable across locales, e.g. `principle.phone`, `financeAway.answer1`, `letter.finalNotice`. */
  readonly id: string;
  /** A BCP 47 tag the catalog has texts for. */
  readonly locale: string;
  readonly kind: TemplateKind;
  /** The tactic the template uses; required for `phone` and `written` templates. */
  readonly tactic?: TacticId;
  /** The excuse it answers; required for `excuseAnswer` templates. */
  readonly scenario?: ScenarioId;
  /** Which demand letter it is; required for `demandLetter` templates. */
  readonly letter?: LetterKind;
  readonly channels: readonly ContactChannel[];
  readonly stages: readonly CollectionStage[];
  /** The lowest tier the template may be used at. @defaultValue 0 */
  readonly minTier?: Tier;
  /** The debtor fears the text raises, so the fear rules can be checked. */
  readonly fears?: readonly DebtorFear[];
  /** Situation flags that must be true for the template to be recommended. */
  readonly requires?: readonly SituationFlagName[];
  /** Every variable the messages use, with its type, e.g. `{ contact: 'text', amount: 'amount' }`. */
  readonly variables: Readonly<Record<string, VariableType>>;
  /** An ICU message for an e-mail subject or letter heading. */
  readonly subject?: string;
  /** The ICU message. */
  readonly body: string;
}
