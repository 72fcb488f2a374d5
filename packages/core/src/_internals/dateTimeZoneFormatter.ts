import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';

/** Building a formatter costs far more than using one; a few zones cover nearly every caller. */
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_CACHED_ZONES = 64;

/**
 * A formatter that writes the Gregorian month and day an instant falls on in `timeZone`, with Latin
 * digits whatever the platform's defaults. Throws `INVALID_ARGUMENT` for a missing or unknown zone:
 * never falls back to the machine's own zone.
 *
 * @internal
 */
export function timeZoneDayFormatter(timeZone: unknown, api: string): Intl.DateTimeFormat {
  if (typeof timeZone !== 'string') {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: timeZone ${describeValue(timeZone)} is not an IANA time zone name such as "Asia/Shanghai"`,
      { details: { field: 'timeZone', value: describeValue(timeZone) } },
    );
  }
  const cached = formatters.get(timeZone);
  if (cached !== undefined) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      month: 'numeric',
      day: 'numeric',
    });
  } catch (error) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: timeZone ${describeValue(timeZone)} is not a time zone this platform knows`,
      { details: { field: 'timeZone', value: timeZone }, cause: error },
    );
  }
  if (formatters.size >= MAX_CACHED_ZONES) formatters.clear();
  formatters.set(timeZone, formatter);
  return formatter;
}
