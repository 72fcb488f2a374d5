import { fixedText } from '../_internals/moneyFixedText.ts';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import type { Money } from './money.ts';

/** Options of {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** A BCP 47 locale the platform supports, e.g. `zh-CN` or `en-US`; always given, never the machine's. */
  readonly locale: string;
  /**
   * How to show the currency: a symbol (`¥`), the ISO code (`CNY`) or its name (`Chinese yuan`).
   * @defaultValue `'symbol'`
   */
  readonly display?: 'symbol' | 'code' | 'name';
}

const DISPLAYS: ReadonlySet<unknown> = new Set(['symbol', 'code', 'name']);
/** Intl reads decimal text through a double's exponent range: from 10^308 on it prints "∞". */
const MAX_FORMATTED_EXPONENT = 307;
/** Building a formatter costs far more than using one, and reports print the same few combinations. */
const formatters = new Map<string, Intl.NumberFormat>();
const MAX_CACHED_FORMATTERS = 256;

/**
 * Writes an amount for people to read, in a locale's conventions, with every minor-unit digit and no
 * rounding: the amount reaches `Intl.NumberFormat` as exact decimal text, never as a float.
 *
 * @param value - The amount, at its currency's scale.
 * @param options - The locale and how to show the currency.
 * @returns The formatted amount, e.g. `¥1,234.50` for zh-CN or `CN¥1,234.50` for en-US. Spaces inside
 *   it are whatever the locale uses, often a no-break space.
 * @throws {ReceivablesError} `AMOUNT_TOO_PRECISE` when the amount has more decimals than its currency
 *   (round it first with `roundMoney`); `AMOUNT_OUT_OF_RANGE` when it has more than 308 digits before the
 *   point, which the platform formats as "∞"; `INVALID_ARGUMENT` for a malformed or unsupported locale or
 *   an unknown `display`.
 *
 * @example
 * ```ts
 * import { formatMoney, money } from '@receivables/core';
 *
 * const total = money('1234.5', 'CNY');
 * console.log(formatMoney(total, { locale: 'zh-CN' })); // ¥1,234.50
 * console.log(formatMoney(total, { locale: 'en-US' })); // CN¥1,234.50
 * console.log(formatMoney(total, { locale: 'en-US', display: 'name' })); // 1,234.50 Chinese yuan
 * ```
 */
export function formatMoney(value: Money, options: FormatMoneyOptions): string {
  const text = fixedText(value, 'formatMoney');
  if (value.amount.e > MAX_FORMATTED_EXPONENT) {
    throw new ReceivablesError(
      'AMOUNT_OUT_OF_RANGE',
      // toString, not the full digits: past 10^60 the suite's decimals print in exponent form.
      `formatMoney: ${value.currency} ${value.amount.toString()} has more than ${MAX_FORMATTED_EXPONENT + 1} digits before the point, more than the platform formats`,
      { details: { currency: value.currency, digits: value.amount.e + 1, max: MAX_FORMATTED_EXPONENT + 1 } },
    );
  }
  // The ES2022 typings predate decimal-string input, which Node 20 and current browsers format exactly.
  const formatter: unknown = formatterFor(options?.locale, value.currency, options?.display ?? 'symbol');
  return (formatter as { format(decimalText: string): string }).format(text);
}

function formatterFor(locale: unknown, currency: string, display: unknown): Intl.NumberFormat {
  const key = `${String(locale)}\u0000${currency}\u0000${String(display)}`;
  const cached = formatters.get(key);
  if (cached !== undefined) return cached;
  if (!DISPLAYS.has(display)) {
    throw invalidOption(`display ${describeValue(display)} is not one of "symbol", "code", "name"`, {
      display,
    });
  }
  if (typeof locale !== 'string' || !isSupportedLocale(locale)) {
    throw invalidOption(`locale ${describeValue(locale)} is not a locale this platform supports`, {
      locale: typeof locale === 'string' ? locale : describeValue(locale),
    });
  }
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: display as 'symbol' | 'code' | 'name',
  });
  if (formatters.size >= MAX_CACHED_FORMATTERS) formatters.clear();
  formatters.set(key, formatter);
  return formatter;
}

/** Without this check an unknown language would silently fall back to the machine's default locale. */
function isSupportedLocale(locale: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf(locale).length > 0;
  } catch {
    return false;
  }
}

function invalidOption(reason: string, details: Record<string, unknown>): ReceivablesError {
  return new ReceivablesError('INVALID_ARGUMENT', `formatMoney: ${reason}`, { details });
}
