import { isReceivablesError, ReceivablesError } from '@receivables/core';
import {
  type ContactChannel,
  findTemplate,
  pickVariables,
  type RankedScript,
  type RenderedScript,
  recommendScripts,
  renderScript,
  type ScriptCatalog,
  type ScriptRecommendations,
  type Situation,
  type VariableValues,
} from '@receivables/script-catalog';
import { defaultScriptCatalog } from '@receivables/script-catalog/default';
import { fillScriptVariables } from './fillScriptVariables.ts';
import type { ScriptSuggestion } from './ScriptSuggestion.ts';
import type { ScriptValues } from './ScriptValues.ts';

/** Options of {@link suggestScripts}. */
export interface SuggestScriptsOptions {
  /** @defaultValue the default catalog (English and Chinese) */
  readonly catalog?: ScriptCatalog;
  /** The locales to render in; the first one chooses the scripts. At least one. */
  readonly locales: readonly string[];
  /** The facts the texts quote: `amount`, `invoiceNumbers`, `dueDate`, `daysPastDue`, `customer`, `deadline`, … */
  readonly facts: VariableValues;
  /** What the ledger does not hold (sender, company, bank details, …); blanks otherwise. @defaultValue `{}` */
  readonly values?: ScriptValues;
  /** The most scripts to list. @defaultValue all that fit */
  readonly limit?: number;
  /** How many of the listed scripts, best first, are rendered. @defaultValue `1` */
  readonly render?: number;
}

/** What {@link suggestScripts} returns. */
export interface ScriptSuggestions {
  /** The recommender's full answer in the first locale: ranked tactics, excluded ones, advice, scripts. */
  readonly recommendations: ScriptRecommendations;
  /** The listed scripts, best first; the first `render` of them with their texts. */
  readonly scripts: readonly ScriptSuggestion[];
}

/** A close channel whose scripts serve when none fits the contact's own: talk on a visit, a letter before the lawyer's. */
const STAND_INS: Partial<Record<ContactChannel, ContactChannel>> = { visit: 'phone', lawyerLetter: 'letter' };

/**
 * Recommends scripts for a situation and renders the best ones in each locale asked for: the
 * recommender of the script catalog picks and ranks the templates in the first locale (never breaking
 * a hard rule), then each template is rendered with the facts, the values given and bracketed blanks
 * for the rest. When the situation names a channel no script fits, a close channel stands in (a phone
 * script for a visit, a letter for a lawyer's letter) and the suggestion says so. A text whose template
 * quotes a fact that was not given (or has the wrong type) is not rendered; the suggestion's `problems`
 * say why.
 *
 * @param situation - The situation without its locale: stage, tier, channel, excuse scenario, flags, ….
 * @param options - The catalog, the locales, the facts and values, how many to list and to render.
 * @returns The recommendations and the suggested scripts.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for a malformed situation or no locale;
 *   `UNSUPPORTED_LOCALE` for a locale the platform cannot format.
 *
 * @example
 * ```ts
 * import { suggestScripts } from '@receivables/cli';
 *
 * const { scripts } = suggestScripts(
 *   {
 *     scenario: 'E5', stage: 'earlyOverdue', channel: 'phone', tier: 1,
 *     flags: { readyToEndRelationship: false, realDeadline: false, authorityToConcede: false },
 *   },
 *   {
 *     locales: ['en'],
 *     facts: { amount: { amount: '12800.00', currency: 'CNY' }, invoiceNumbers: ['INV-1'], customer: 'Hengda Trading' },
 *     values: { contact: 'Ms Wang' },
 *   },
 * );
 * console.log(scripts[0]?.templateId); // financeAway.answer2
 * console.log(scripts[0]?.rendered[0]?.body.split('\n')[0]); // No problem, Ms Wang, these things happen.
 * ```
 */
export function suggestScripts(
  situation: Omit<Situation, 'locale'>,
  options: SuggestScriptsOptions,
): ScriptSuggestions {
  const catalog = options.catalog ?? defaultScriptCatalog;
  const [first] = options.locales;
  if (first === undefined) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      'suggestScripts: locales is empty; name at least one locale',
    );
  }
  const ask = (channel: ContactChannel | undefined): ScriptRecommendations =>
    recommendScripts(
      { ...situation, ...(channel === undefined ? {} : { channel }), locale: first },
      { catalog, ...(options.limit === undefined ? {} : { limit: options.limit }) },
    );
  let recommendations = ask(situation.channel);
  let insteadOf: ContactChannel | undefined;
  const standIn = situation.channel === undefined ? undefined : STAND_INS[situation.channel];
  if (recommendations.scripts.length === 0 && standIn !== undefined) {
    const other = ask(standIn);
    if (other.scripts.length > 0) {
      insteadOf = situation.channel;
      recommendations = other;
    }
  }
  const render = options.render ?? 1;
  const scripts = recommendations.scripts.map((script, index): ScriptSuggestion => {
    const channel = chosenChannel(script, situation.channel, insteadOf);
    const { rendered, problems } =
      index < render ? renderEach(catalog, script.template.id, options) : { rendered: [], problems: [] };
    return {
      templateId: script.template.id,
      channel,
      ...(insteadOf === undefined ? {} : { insteadOf }),
      reasons: script.reasons,
      rendered,
      problems,
    };
  });
  return { recommendations, scripts };
}

function chosenChannel(
  script: RankedScript,
  asked: ContactChannel | undefined,
  insteadOf: ContactChannel | undefined,
): ContactChannel {
  const wanted = insteadOf === undefined ? asked : STAND_INS[insteadOf];
  return wanted !== undefined && script.channels.includes(wanted) ? wanted : script.channels[0]!;
}

/** Renders a template in each locale; a missing or mistyped fact is reported, not thrown. */
function renderEach(
  catalog: ScriptCatalog,
  templateId: string,
  options: SuggestScriptsOptions,
): { rendered: RenderedScript[]; problems: string[] } {
  const rendered: RenderedScript[] = [];
  const problems: string[] = [];
  for (const locale of options.locales) {
    const template = findTemplate(catalog, templateId, locale);
    const variables = fillScriptVariables(options.facts, options.values ?? {}, template.locale);
    try {
      rendered.push(renderScript(template, pickVariables(template, variables)));
    } catch (error) {
      if (!isReceivablesError(error, 'INVALID_VARIABLE')) throw error;
      problems.push(error.message);
    }
  }
  return { rendered, problems };
}
