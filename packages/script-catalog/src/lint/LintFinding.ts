import type { LintCategory } from '../vocabulary/LintCategory.ts';
import type { LintSeverity } from '../vocabulary/LintSeverity.ts';

/** One risky passage found by {@link lintScript}. */
export interface LintFinding {
  readonly ruleId: string;
  readonly category: LintCategory;
  readonly severity: LintSeverity;
  /** The rule's message in the requested locale (or the closest one it has). */
  readonly message: string;
  /** The passage that matched, as it reads after NFKC normalisation and lower-casing. */
  readonly excerpt: string;
  /** Where the passage starts, in UTF-16 code units of the normalised text (the same as the input unless it held full-width or compatibility characters). */
  readonly index: number;
}
