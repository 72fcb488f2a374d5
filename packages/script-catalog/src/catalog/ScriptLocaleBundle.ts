import type { LocaleTexts } from './LocaleTexts.ts';
import type { ScriptTemplate } from './ScriptTemplate.ts';

/**
 * One language's data, loaded on its own (`@receivables/script-catalog/locales/en`, `…/zh-CN`): its
 * texts and its templates. {@link createScriptCatalog} assembles bundles into a catalog.
 */
export interface ScriptLocaleBundle {
  readonly texts: LocaleTexts;
  readonly templates: readonly ScriptTemplate[];
}
