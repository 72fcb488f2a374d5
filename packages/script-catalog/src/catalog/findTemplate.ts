import { describeValue, ReceivablesError } from '@receivables/core';
import { catalogIndex } from '../_internals/catalogIndex.ts';
import { resolveLocale } from '../_internals/resolveLocale.ts';
import { trustedCatalog } from '../_internals/trustedCatalogs.ts';
import type { ScriptCatalog } from './ScriptCatalog.ts';
import type { ScriptTemplate } from './ScriptTemplate.ts';

/**
 * Finds a template by id in the locale asked for, or in the closest locale the template exists in:
 * the same language, then the catalog's default locale.
 *
 * @param catalog - The catalog to look in.
 * @param id - The template id, e.g. `financeAway.answer1`.
 * @param locale - The locale wanted. @defaultValue the catalog's default locale
 * @returns The template; its `locale` says which version was found.
 * @throws {ReceivablesError} `UNKNOWN_TEMPLATE` when no template has this id; `INVALID_ARGUMENT` for a
 *   malformed locale tag; `INVALID_CATALOG` when the catalog was built by hand and is invalid.
 *
 * @example
 * ```ts
 * import { findTemplate } from '@receivables/script-catalog';
 * import { defaultScriptCatalog } from '@receivables/script-catalog/default';
 *
 * console.log(findTemplate(defaultScriptCatalog, 'deadline.phone', 'zh-Hans-CN').locale); // zh-CN
 * console.log(findTemplate(defaultScriptCatalog, 'deadline.phone', 'fr').locale); // en
 * ```
 */
export function findTemplate(catalog: ScriptCatalog, id: string, locale?: string): ScriptTemplate {
  const trusted = trustedCatalog(catalog, 'findTemplate');
  const versions = catalogIndex(trusted).templates.get(id);
  if (versions === undefined) {
    throw new ReceivablesError(
      'UNKNOWN_TEMPLATE',
      `findTemplate: the catalog has no template ${describeValue(id)}`,
      {
        details: { id: typeof id === 'string' ? id : describeValue(id) },
      },
    );
  }
  const wanted = locale ?? trusted.defaultLocale;
  const chosen = resolveLocale(new Set(versions.keys()), trusted.defaultLocale, wanted, 'findTemplate');
  // Validation guarantees a default-locale version of every id, so the fallback always exists.
  return versions.get(chosen) as ScriptTemplate;
}
