import type * as z from 'zod';
import { catalogIssues } from '../_internals/catalogIssues.ts';
import { ScriptCatalogShapeSchema } from '../_internals/catalogSchemas.ts';
import type { ScriptCatalog } from './ScriptCatalog.ts';

/**
 * The zod schema of a {@link ScriptCatalog}. Beyond the shape (closed vocabularies, canonical locale
 * tags, no unknown keys) it checks everything across fields: the default locale has texts; the fixed
 * vocabulary is complete and in order; every template parses as ICU, uses exactly its declared
 * variables (with the suite's types for the standard names), suits its kind and channels, keeps formal
 * wording and the formal-only fears at the formal tactic and tier 3, exists in the default locale with
 * the same metadata in every locale, and passes the catalog's lint rules at each of its stages.
 * Issues carry the suite's codes, e.g. `unused_variable`, `lint_error`, `missing_default_locale`.
 *
 * @example
 * ```ts
 * import { ScriptCatalogSchema } from '@receivables/script-catalog';
 *
 * console.log(ScriptCatalogSchema.safeParse({ version: '1' }).success); // false
 * ```
 */
export const ScriptCatalogSchema: z.ZodType<ScriptCatalog> = ScriptCatalogShapeSchema.superRefine(
  (catalog, context) => {
    for (const issue of catalogIssues(catalog)) {
      context.addIssue({
        code: 'custom',
        path: [...issue.path],
        message: issue.message,
        params: { code: issue.code },
      });
    }
  },
);
