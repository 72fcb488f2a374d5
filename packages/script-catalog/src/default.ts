import { createScriptCatalog } from './catalog/createScriptCatalog.ts';
import type { ScriptCatalog } from './catalog/ScriptCatalog.ts';
import { en } from './locales/en.ts';
import { zhCN } from './locales/zh-CN.ts';

/**
 * The ready-made catalog with both shipped locales, English (the default) and Simplified Chinese,
 * the default fit tables and the default lint rules. It loads both languages; an app that needs one
 * builds its own with `createScriptCatalog({ locales: [zhCN] })`.
 *
 * @example
 * ```ts
 * import { defaultScriptCatalog } from '@receivables/script-catalog/default';
 *
 * console.log(defaultScriptCatalog.defaultLocale, defaultScriptCatalog.templates.length); // en 96
 * ```
 */
export const defaultScriptCatalog: ScriptCatalog = /* @__PURE__ */ createScriptCatalog({
  locales: [en, zhCN],
});
