import { describeValue, ReceivablesError } from '@receivables/core';
import { neutralCatalogData } from '../_internals/neutralCatalogData.ts';
import { validateCatalog } from '../_internals/trustedCatalogs.ts';
import { defaultLintRules } from '../lint/defaultLintRules.ts';
import type { CreateScriptCatalogOptions } from './CreateScriptCatalogOptions.ts';
import { defaultFitTables } from './defaultFitTables.ts';
import type { ScriptCatalog } from './ScriptCatalog.ts';

/**
 * Assembles a catalog from the locale-neutral data of this package and the locale bundles you load,
 * so an app that speaks one language ships only that language's texts. The result is validated (see
 * {@link ScriptCatalogSchema}) and frozen.
 *
 * @param options - The locale bundles, the default locale, and optionally your own fit tables and lint rules.
 * @returns The validated, frozen catalog.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `locales` is not a non-empty list of bundles;
 *   `INVALID_CATALOG` with `details.issues` listing every problem of the assembled data.
 *
 * @example
 * ```ts
 * import { createScriptCatalog } from '@receivables/script-catalog';
 * import { en } from '@receivables/script-catalog/locales/en';
 * import { zhCN } from '@receivables/script-catalog/locales/zh-CN';
 *
 * const catalog = createScriptCatalog({ locales: [en, zhCN] });
 * console.log(catalog.defaultLocale, catalog.locales.map((texts) => texts.locale)); // en ["en","zh-CN"]
 * console.log(createScriptCatalog({ locales: [zhCN] }).templates.every((t) => t.locale === 'zh-CN')); // true
 * ```
 */
export function createScriptCatalog(options: CreateScriptCatalogOptions): ScriptCatalog {
  const bundles: unknown = options?.locales;
  if (!Array.isArray(bundles) || bundles.length === 0 || !bundles.every(isBundle)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `createScriptCatalog: locales must be a non-empty list of locale bundles ({ texts, templates }), not ${describeValue(bundles)}`,
      { details: { locales: describeValue(bundles) } },
    );
  }
  const first = options.locales[0];
  return validateCatalog(
    {
      version: neutralCatalogData.version,
      defaultLocale: options.defaultLocale ?? first?.texts.locale,
      locales: options.locales.map((bundle) => bundle.texts),
      tactics: neutralCatalogData.tactics,
      scenarios: neutralCatalogData.scenarios,
      excuses: neutralCatalogData.excuses,
      powerSituations: neutralCatalogData.powerSituations,
      styles: neutralCatalogData.styles,
      causes: neutralCatalogData.causes,
      fears: neutralCatalogData.fears,
      stages: neutralCatalogData.stages,
      channels: neutralCatalogData.channels,
      fit: options.fit ?? defaultFitTables,
      templates: options.locales.flatMap((bundle) => bundle.templates),
      lintRules: options.lintRules ?? defaultLintRules,
    },
    'createScriptCatalog',
  );
}

function isBundle(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { texts, templates } = value as { texts?: unknown; templates?: unknown };
  return typeof texts === 'object' && texts !== null && Array.isArray(templates);
}
