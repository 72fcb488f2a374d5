import { catalogIndex } from '../_internals/catalogIndex.ts';
import { resolveLocale } from '../_internals/resolveLocale.ts';
import { trustedCatalog } from '../_internals/trustedCatalogs.ts';
import type { LocaleTexts } from './LocaleTexts.ts';
import type { ScriptCatalog } from './ScriptCatalog.ts';

/**
 * The texts of the locale asked for, or of the closest one the catalog has: the same language, then
 * the default locale. Use it to show tactic, scenario and stage names.
 *
 * @param catalog - The catalog to look in.
 * @param locale - The locale wanted, e.g. `zh-CN`.
 * @returns The locale's texts; their `locale` says which were found.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for a malformed locale tag; `INVALID_CATALOG` when the
 *   catalog was built by hand and is invalid.
 *
 * @example
 * ```ts
 * import { findLocaleTexts } from '@receivables/script-catalog';
 * import { defaultScriptCatalog } from '@receivables/script-catalog/default';
 *
 * console.log(findLocaleTexts(defaultScriptCatalog, 'zh-CN').tactics.T5.name); // 节点式
 * console.log(findLocaleTexts(defaultScriptCatalog, 'en-GB').scenarios.E5.name); // Finance is away
 * ```
 */
export function findLocaleTexts(catalog: ScriptCatalog, locale: string): LocaleTexts {
  const trusted = trustedCatalog(catalog, 'findLocaleTexts');
  const index = catalogIndex(trusted);
  const chosen = resolveLocale(index.locales, trusted.defaultLocale, locale, 'findLocaleTexts');
  return index.texts.get(chosen) as LocaleTexts;
}
