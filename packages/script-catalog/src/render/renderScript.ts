import { describeValue, ReceivablesError, throwValidationError } from '@receivables/core';
import { compiledTemplate } from '../_internals/compiledTemplates.ts';
import { escapeHtml, toHtmlParagraphs } from '../_internals/escapeForFormat.ts';
import { isSupportedLocale } from '../_internals/localeFormatters.ts';
import { readVariableValues } from '../_internals/readVariableValues.ts';
import { languageOf } from '../_internals/resolveLocale.ts';
import type { ScriptTemplate } from '../catalog/ScriptTemplate.ts';
import type { ScriptFormat } from '../vocabulary/ScriptFormat.ts';
import type { RenderedScript } from './RenderedScript.ts';
import type { VariableValues } from './VariableValues.ts';

/** Options of {@link renderScript}. */
export interface RenderScriptOptions {
  /**
   * The locale to format amounts, dates, lists and plurals for; it must share the template's language
   * (`en-GB` for an `en` template).
   * @defaultValue the template's locale
   */
  readonly locale?: string;
  /**
   * `text` as written; `html` as an escaped fragment of `<p>` paragraphs with `<br>` line breaks;
   * `markdown` with every variable's Markdown characters escaped.
   * @defaultValue `'text'`
   */
  readonly format?: ScriptFormat;
}

const FORMATS: ReadonlySet<unknown> = new Set(['text', 'html', 'markdown']);

/**
 * Renders a template with its variables, safely: values are checked against the template's
 * declarations (a missing, mistyped or undeclared variable is an error listing all of them), amounts,
 * dates and lists are formatted for the locale (dates without any time-zone shift), every value is
 * escaped for the output format, and nothing but ICU MessageFormat runs: no tags, no functions, no
 * inherited properties. Compiled messages are cached per template and locale.
 *
 * @param template - The template, usually from {@link findTemplate} or {@link recommendScripts}.
 * @param variables - Exactly the variables the template declares (see {@link pickVariables}).
 * @param options - The formatting locale and the output format.
 * @returns The rendered subject (when the template has one) and body.
 * @throws {ReceivablesError} `INVALID_VARIABLE` with `details.issues` naming every missing, mistyped or
 *   unknown variable; `UNSUPPORTED_LOCALE` when the platform cannot format the locale or its language
 *   differs from the template's; `INVALID_ARGUMENT` for an unknown format; `INVALID_CATALOG` for a
 *   malformed template.
 *
 * @example
 * ```ts
 * import { findTemplate, renderScript } from '@receivables/script-catalog';
 * import { defaultScriptCatalog } from '@receivables/script-catalog/default';
 *
 * const template = findTemplate(defaultScriptCatalog, 'financeAway.answer2', 'en');
 * const variables = {
 *   contact: 'Ms <b>Wang</b>',
 *   amount: { amount: '12800.00', currency: 'CNY' },
 *   invoiceNumbers: ['INV-1001', 'INV-1002'],
 * };
 * console.log(renderScript(template, variables).body.split('\n')[0]); // No problem, Ms <b>Wang</b>, these things happen.
 * console.log(renderScript(template, variables, { format: 'html' }).body.split('<br>')[0]); // <p>No problem, Ms &lt;b&gt;Wang&lt;/b&gt;, these things happen.
 * ```
 */
export function renderScript(
  template: ScriptTemplate,
  variables: VariableValues,
  options: RenderScriptOptions = {},
): RenderedScript {
  // Options may come from a caller's JSON, so a null in their place must not crash the render.
  const format = options?.format ?? 'text';
  if (!FORMATS.has(format)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `renderScript: format ${describeValue(format)} is not one of "text", "html", "markdown"`,
      { details: { format: describeValue(format) } },
    );
  }
  const locale = formattingLocale(template, options?.locale);
  const compiled = compiledTemplate(template, locale, 'renderScript');
  const read = readVariableValues(compiled, variables, locale, format);
  if ('issues' in read) throwValidationError('INVALID_VARIABLE', 'renderScript', read.issues);
  const body = String(compiled.body.format(read.values));
  const subject = compiled.subject === undefined ? undefined : String(compiled.subject.format(read.values));
  return {
    templateId: template.id,
    locale,
    format,
    ...(subject === undefined ? {} : { subject: format === 'html' ? escapeHtml(subject) : subject }),
    body: format === 'html' ? toHtmlParagraphs(body) : body,
  };
}

function formattingLocale(template: ScriptTemplate, requested: string | undefined): string {
  if (typeof template?.locale !== 'string') {
    throw new ReceivablesError(
      'INVALID_CATALOG',
      `renderScript: ${describeValue(template)} is not a template with a locale`,
      {
        details: { template: describeValue(template) },
      },
    );
  }
  const locale = requested ?? template.locale;
  if (typeof locale !== 'string' || !isSupportedLocale(locale)) {
    throw new ReceivablesError(
      'UNSUPPORTED_LOCALE',
      `renderScript: locale ${describeValue(locale)} is not a locale this platform formats`,
      { details: { locale: describeValue(locale) } },
    );
  }
  if (
    requested !== undefined &&
    languageOf(requested, 'renderScript') !== languageOf(template.locale, 'renderScript')
  ) {
    throw new ReceivablesError(
      'UNSUPPORTED_LOCALE',
      `renderScript: locale ${describeValue(requested)} cannot format the ${template.locale} template ${template.id}: the languages differ`,
      { details: { locale: requested, templateLocale: template.locale } },
    );
  }
  return locale;
}
