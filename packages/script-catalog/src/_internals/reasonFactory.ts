import type { IntlMessageFormat } from 'intl-messageformat';
import type { LocaleTexts } from '../catalog/LocaleTexts.ts';
import type { ScriptCatalog } from '../catalog/ScriptCatalog.ts';
import type { Reason } from '../recommend/Reason.ts';
import type { ReasonCode } from '../vocabulary/ReasonCode.ts';
import { compileIcuMessage } from './icuMessage.ts';

/** Makes reasons with their sentences in every locale of a catalog. @internal */
export type ReasonFactory = (code: ReasonCode, params?: Readonly<Record<string, string | number>>) => Reason;

const MAX_CACHED = 4096;
const messages = new WeakMap<LocaleTexts, Map<ReasonCode, IntlMessageFormat>>();
const sentences = new WeakMap<LocaleTexts, Map<string, string>>();

/** Ids in params are shown by their names in each language. */
const NAMED: Readonly<Record<string, (texts: LocaleTexts, id: string) => string | undefined>> = {
  tactic: (texts, id) => texts.tactics[id as keyof LocaleTexts['tactics']]?.name,
  scenario: (texts, id) => texts.scenarios[id as keyof LocaleTexts['scenarios']]?.name,
  power: (texts, id) => texts.powerSituations[id as keyof LocaleTexts['powerSituations']]?.name,
  style: (texts, id) => texts.styles[id as keyof LocaleTexts['styles']]?.name,
  cause: (texts, id) => texts.causes[id as keyof LocaleTexts['causes']]?.name,
  stage: (texts, id) => texts.stages[id as keyof LocaleTexts['stages']],
  channel: (texts, id) => texts.channels[id as keyof LocaleTexts['channels']],
};

/**
 * A reason factory for a catalog (or none: reasons then carry codes and params without sentences).
 * Sentences are cached per locale, code and params, since a recommender run repeats the same few.
 *
 * @internal
 */
export function reasonFactory(catalog: ScriptCatalog | undefined): ReasonFactory {
  const locales = catalog?.locales ?? [];
  return (code, params = {}) => {
    const text: Record<string, string> = {};
    for (const texts of locales) text[texts.locale] = sentence(texts, code, params);
    return { code, params, text };
  };
}

function sentence(
  texts: LocaleTexts,
  code: ReasonCode,
  params: Readonly<Record<string, string | number>>,
): string {
  let cache = sentences.get(texts);
  if (cache === undefined) {
    cache = new Map();
    sentences.set(texts, cache);
  }
  let key: string = code;
  for (const name in params) key += `\u0000${name}=${params[name]}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const values: Record<string, string | number> = Object.create(null) as Record<string, string | number>;
  for (const [name, value] of Object.entries(params)) {
    const named =
      typeof value === 'string' && Object.hasOwn(NAMED, name) ? NAMED[name]?.(texts, value) : undefined;
    values[name] = named ?? value;
  }
  const result = String(messageFor(texts, code).format(values));
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, result);
  return result;
}

function messageFor(texts: LocaleTexts, code: ReasonCode): IntlMessageFormat {
  let compiled = messages.get(texts);
  if (compiled === undefined) {
    compiled = new Map();
    messages.set(texts, compiled);
  }
  let message = compiled.get(code);
  if (message === undefined) {
    message = compileIcuMessage(texts.reasons[code], texts.locale);
    compiled.set(code, message);
  }
  return message;
}
