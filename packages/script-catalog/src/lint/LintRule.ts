import type { CollectionStage } from '../vocabulary/CollectionStage.ts';
import type { LintCategory } from '../vocabulary/LintCategory.ts';
import type { LintSeverity } from '../vocabulary/LintSeverity.ts';
import type { LintMatch } from './LintMatch.ts';

/**
 * A lint rule as data: what to look for (per language; every language's list is checked, since scripts
 * often quote the other language), how serious it is, the stages it applies to and what to tell the
 * writer in each language.
 */
export interface LintRule {
  /** Stable and unique in a catalog, e.g. `criminalThreat`. */
  readonly id: string;
  readonly category: LintCategory;
  readonly severity: LintSeverity;
  /** The stages where the rule applies; every stage when absent. */
  readonly stages?: readonly CollectionStage[];
  /** The message per locale; at least one. */
  readonly message: Readonly<Record<string, string>>;
  /** What to look for, per locale. */
  readonly match: Readonly<Record<string, LintMatch>>;
}
