import type { ReasonCode } from '../vocabulary/ReasonCode.ts';

/**
 * Why the recommender ranked, excluded or advised something: a stable code, its arguments (ids such as
 * `T5` or `E5`, numbers such as a tier), and the sentence in every locale of the catalog used (empty
 * without a catalog).
 */
export interface Reason {
  readonly code: ReasonCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** The sentence per locale, e.g. `text.en`, `text['zh-CN']`. */
  readonly text: Readonly<Record<string, string>>;
}
