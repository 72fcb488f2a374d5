import type { LintRule } from '../lint/LintRule.ts';
import type { CommonExcuse } from './CommonExcuse.ts';
import type { FitTables } from './FitTables.ts';
import type { LocaleTexts } from './LocaleTexts.ts';
import type { ScriptTemplate } from './ScriptTemplate.ts';

/** What {@link extendCatalog} adds to a catalog. Everything is optional. */
export interface CatalogAdditions {
  /** Texts for new locales (or, when listed in `replace.locales`, new texts for existing ones). */
  readonly locales?: readonly LocaleTexts[];
  /** New templates, or new versions of existing ids listed in `replace.templates`. */
  readonly templates?: readonly ScriptTemplate[];
  /** New lint rules, or rules listed in `replace.lintRules`. */
  readonly lintRules?: readonly LintRule[];
  /** New mappings for common excuses listed in `replace.excuses`. */
  readonly excuses?: readonly CommonExcuse[];
  /** Fit tables that replace the catalog's. */
  readonly fit?: FitTables;
  /** A new default locale; it must have texts and every template id. */
  readonly defaultLocale?: string;
}
