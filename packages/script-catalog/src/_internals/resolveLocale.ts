import { describeValue, ReceivablesError } from '@receivables/core';

/**
 * Picks the locale to use among those a catalog has: the requested one, else the first with the same
 * language (`zh-Hans-CN` finds `zh-CN`, `en-GB` finds `en`), else the default.
 *
 * @internal
 */
export function resolveLocale(
  available: ReadonlySet<string>,
  defaultLocale: string,
  requested: string,
  api: string,
): string {
  if (available.has(requested)) return requested;
  const language = languageOf(requested, api);
  for (const locale of available) if (languageOf(locale, api) === language) return locale;
  return defaultLocale;
}

/** Parsing a tag costs microseconds and the same few tags come back again and again. */
const languages = new Map<string, string>();

/**
 * The language subtag of a BCP 47 tag, throwing `INVALID_ARGUMENT` for a malformed tag.
 *
 * @internal
 */
export function languageOf(tag: string, api: string): string {
  const known = languages.get(tag);
  if (known !== undefined) return known;
  try {
    const language = new Intl.Locale(tag).language;
    if (languages.size >= 256) languages.clear();
    languages.set(tag, language);
    return language;
  } catch {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: locale ${describeValue(tag)} is not a BCP 47 language tag`,
      {
        details: { locale: typeof tag === 'string' ? tag : describeValue(tag) },
      },
    );
  }
}
