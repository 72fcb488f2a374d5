import type { ContactChannel, Reason, RenderedScript } from '@receivables/script-catalog';

/** The script recommended for one contact, and its text in each locale asked for. */
export interface ScriptSuggestion {
  /** The template's id, the same in every locale, e.g. `plea.phone`. */
  readonly templateId: string;
  /** The channel the script was chosen for. */
  readonly channel: ContactChannel;
  /**
   * The contact's own channel when no script fits it and one of a close channel was chosen instead
   * (a phone script for a visit, a letter for a lawyer's letter).
   */
  readonly insteadOf?: ContactChannel;
  /** Why the recommender picked it. */
  readonly reasons: readonly Reason[];
  /** The rendered text per locale, in the order asked for; empty when the script was not rendered. */
  readonly rendered: readonly RenderedScript[];
  /** Why a locale's text could not be rendered (a fact the template quotes was not given), one per failure. */
  readonly problems: readonly string[];
}
