import { throwValidationError, toValidationIssues, type ValidationIssue } from '@receivables/core';
import * as z from 'zod';
import {
  CommonExcuseSchema,
  FitTablesSchema,
  LintRuleSchema,
  LocaleTagSchema,
  LocaleTextsSchema,
  ScriptTemplateSchema,
} from '../_internals/catalogSchemas.ts';
import { trustedCatalog, validateCatalog } from '../_internals/trustedCatalogs.ts';
import { validationIssue } from '../_internals/validationIssue.ts';
import type { CommonExcuseId } from '../vocabulary/CommonExcuseId.ts';
import type { CatalogAdditions } from './CatalogAdditions.ts';
import type { ScriptCatalog } from './ScriptCatalog.ts';

/** Options of {@link extendCatalog}. */
export interface ExtendCatalogOptions {
  /**
   * What the additions may replace; anything else that clashes with the catalog is an error, and so is
   * an entry here that replaces nothing (a misspelt id would otherwise go unnoticed).
   * @defaultValue nothing
   */
  readonly replace?: {
    /** Template ids: each addition with one of these ids replaces the version in its locale. */
    readonly templates?: readonly string[];
    readonly lintRules?: readonly string[];
    readonly locales?: readonly string[];
    readonly excuses?: readonly CommonExcuseId[];
  };
}

const AdditionsSchema = z.strictObject({
  locales: z.array(LocaleTextsSchema).exactOptional(),
  templates: z.array(ScriptTemplateSchema).exactOptional(),
  lintRules: z.array(LintRuleSchema).exactOptional(),
  excuses: z.array(CommonExcuseSchema).exactOptional(),
  fit: FitTablesSchema.exactOptional(),
  defaultLocale: LocaleTagSchema.exactOptional(),
});

const ReplaceSchema = z.strictObject({
  replace: z
    .strictObject({
      templates: z.array(z.string()).exactOptional(),
      lintRules: z.array(z.string()).exactOptional(),
      locales: z.array(z.string()).exactOptional(),
      excuses: z.array(z.string()).exactOptional(),
    })
    .exactOptional(),
});

/**
 * Adds an integrator's templates, locales, lint rules, excuse mappings or fit tables to a catalog and
 * returns a new, validated, frozen catalog; the base is never changed. Ids must not clash with the
 * base unless they are listed in `options.replace`. Every template must exist in the default locale
 * (other locales fall back to it) with the same variables and metadata in every locale, and must use
 * exactly the variables it declares.
 *
 * @param base - The catalog to extend.
 * @param additions - What to add.
 * @param options - What the additions may replace.
 * @returns A new catalog.
 * @throws {ReceivablesError} `INVALID_CATALOG` with `details.issues` for malformed additions, clashing
 *   ids, replacements that replace nothing, or a combined catalog that breaks a catalog rule.
 *
 * @example
 * ```ts
 * import { isReceivablesError } from '@receivables/core';
 * import { extendCatalog, findTemplate, renderScript } from '@receivables/script-catalog';
 * import { defaultScriptCatalog } from '@receivables/script-catalog/default';
 *
 * const catalog = extendCatalog(defaultScriptCatalog, {
 *   templates: [
 *     {
 *       id: 'acme.thanks',
 *       locale: 'en',
 *       kind: 'written',
 *       tactic: 'T2',
 *       channels: ['messaging'],
 *       stages: ['earlyOverdue'],
 *       variables: { contact: 'text' },
 *       body: 'Thanks for your help, {contact}!',
 *     },
 *   ],
 * });
 * // Only English was added: Chinese falls back to the default locale.
 * const template = findTemplate(catalog, 'acme.thanks', 'zh-CN');
 * console.log(template.locale, renderScript(template, { contact: 'Mr Li' }).body); // en Thanks for your help, Mr Li!
 * try {
 *   extendCatalog(catalog, { templates: [{ ...template, body: 'Thank you, {contact}.' }] });
 * } catch (error) {
 *   console.log(isReceivablesError(error, 'INVALID_CATALOG')); // true
 * }
 * ```
 */
export function extendCatalog(
  base: ScriptCatalog,
  additions: CatalogAdditions,
  options: ExtendCatalogOptions = {},
): ScriptCatalog {
  const catalog = trustedCatalog(base, 'extendCatalog');
  const parsedAdditions = AdditionsSchema.safeParse(additions, { reportInput: true });
  const parsedOptions = ReplaceSchema.safeParse(options, { reportInput: true });
  if (!parsedAdditions.success || !parsedOptions.success) {
    throwValidationError('INVALID_CATALOG', 'extendCatalog', [
      ...(parsedAdditions.success ? [] : toValidationIssues(parsedAdditions.error.issues, ['additions'])),
      ...(parsedOptions.success ? [] : toValidationIssues(parsedOptions.error.issues, ['options'])),
    ]);
  }
  const added = parsedAdditions.data;
  const replace = parsedOptions.data.replace ?? {};
  const issues: ValidationIssue[] = [];
  const merge = <T>(
    field: 'locales' | 'templates' | 'lintRules' | 'excuses',
    existing: readonly T[],
    extra: readonly T[] | undefined,
    keyOf: (item: T) => string,
    idOf: (item: T) => string,
  ): T[] => {
    const merged = [...existing];
    const positions = new Map(existing.map((item, index) => [keyOf(item), index]));
    const replaceable = new Set(replace[field] ?? []);
    const used = new Set<string>();
    (extra ?? []).forEach((item, index) => {
      const at = positions.get(keyOf(item));
      if (at === undefined) {
        positions.set(keyOf(item), merged.length);
        merged.push(item);
      } else if (replaceable.has(idOf(item)) && at < existing.length) {
        merged[at] = item;
        used.add(idOf(item));
      } else {
        issues.push(
          validationIssue(
            ['additions', field, index],
            'id_clash',
            `${JSON.stringify(idOf(item))} already exists; list it in options.replace.${field} to replace it`,
          ),
        );
      }
    });
    for (const id of replaceable) {
      if (!used.has(id)) {
        issues.push(
          validationIssue(
            ['options', 'replace', field],
            'nothing_to_replace',
            `${JSON.stringify(id)} replaces nothing`,
          ),
        );
      }
    }
    return merged;
  };
  const locales = merge(
    'locales',
    catalog.locales,
    added.locales,
    (t) => t.locale,
    (t) => t.locale,
  );
  const templates = merge(
    'templates',
    catalog.templates,
    added.templates,
    (t) => `${t.id}\u0000${t.locale}`,
    (t) => t.id,
  );
  const lintRules = merge(
    'lintRules',
    catalog.lintRules,
    added.lintRules,
    (r) => r.id,
    (r) => r.id,
  );
  const excuses = merge(
    'excuses',
    catalog.excuses,
    added.excuses,
    (e) => e.id,
    (e) => e.id,
  );
  if (issues.length > 0) throwValidationError('INVALID_CATALOG', 'extendCatalog', issues);
  return validateCatalog(
    {
      ...catalog,
      defaultLocale: added.defaultLocale ?? catalog.defaultLocale,
      locales,
      templates,
      lintRules,
      excuses,
      fit: added.fit ?? catalog.fit,
    },
    'extendCatalog',
  );
}
