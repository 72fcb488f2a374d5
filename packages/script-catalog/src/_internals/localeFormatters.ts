const MAX_CACHED = 64;
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const supported = new Map<string, boolean>();

const MS_PER_DAY = 86_400_000;

/**
 * Writes a calendar date, given as its day number, the locale's way (`March 31, 2026`, `2026年3月31日`).
 * The day is placed at UTC midnight and formatted in UTC, so the day shown never depends on the
 * machine's time zone.
 *
 * @internal
 */
export function formatDayNumber(dayNumber: number, locale: string): string {
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    if (dateFormats.size >= MAX_CACHED) dateFormats.clear();
    dateFormats.set(locale, format);
  }
  return format.format(new Date(dayNumber * MS_PER_DAY));
}

/**
 * Joins items the locale's way (`A, B, and C`, `A、B和C`).
 *
 * @internal
 */
export function formatList(items: readonly string[], locale: string): string {
  let format = listFormats.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    if (listFormats.size >= MAX_CACHED) listFormats.clear();
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/**
 * Whether the platform formats numbers, dates and lists in this locale rather than silently falling
 * back to its own default.
 *
 * @internal
 */
export function isSupportedLocale(locale: string): boolean {
  const known = supported.get(locale);
  if (known !== undefined) return known;
  let result: boolean;
  try {
    result =
      Intl.NumberFormat.supportedLocalesOf(locale).length > 0 &&
      Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0 &&
      Intl.ListFormat.supportedLocalesOf(locale).length > 0;
  } catch {
    result = false;
  }
  if (supported.size >= MAX_CACHED) supported.clear();
  supported.set(locale, result);
  return result;
}
