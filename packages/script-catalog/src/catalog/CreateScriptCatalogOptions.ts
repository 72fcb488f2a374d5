import type { LintRule } from '../lint/LintRule.ts';
import type { FitTables } from './FitTables.ts';
import type { ScriptLocaleBundle } from './ScriptLocaleBundle.ts';

/** Options of {@link createScriptCatalog}. */
export interface CreateScriptCatalogOptions {
  /** The locale bundles to include, e.g. `[en, zhCN]`; at least one. */
  readonly locales: readonly ScriptLocaleBundle[];
  /** The locale others fall back to. @defaultValue the first bundle's locale */
  readonly defaultLocale?: string;
  /** The soft preferences. @defaultValue {@link defaultFitTables} */
  readonly fit?: FitTables;
  /** The lint rules templates must pass. @defaultValue {@link defaultLintRules} */
  readonly lintRules?: readonly LintRule[];
}
