import { currencyMinorUnits, parseCurrency, parseIsoDate, toDayNumber } from '@receivables/core';

/**
 * Fast, cached readers for the cells of a million rows: each accepts only text that core's schemas
 * certainly accept (and reads it the way core does), and answers `undefined` for anything else, so the
 * caller hands that row to core's parser, which decides and explains. They never accept more than core.
 *
 * @internal
 */
export interface CellReaders {
  /** The day number of an ISO `YYYY-MM-DD` date core accepts; `undefined` otherwise. */
  readonly dayOf: (text: string | undefined) => number | undefined;
  /** The minor-unit digits of a currency code core accepts as written; `undefined` otherwise. */
  readonly digitsOf: (text: string | undefined) => number | undefined;
  /**
   * A plain positive decimal (`1200`, `1200.5`, `0012.50`) with at most `digits` decimals and at most
   * 15 digits in all, as whole minor units; `undefined` for anything else (zero, signs, exponents, more
   * decimals, spaces: core reads those, or refuses them).
   */
  readonly minorOf: (text: string | undefined, digits: number) => number | undefined;
}

const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const VISIBLE = /\S/;

/**
 * Makes the readers of {@link CellReaders}, with caches of the dates and currency codes already met.
 *
 * @returns Fresh readers.
 * @internal
 */
export function createCellReaders(): CellReaders {
  const days = new Map<string, number | null>();
  const digits = new Map<string, number | null>();
  return {
    dayOf(text) {
      if (text === undefined) return undefined;
      let day = days.get(text);
      if (day === undefined) {
        day = DATE_SHAPE.test(text) ? dayOrNull(text) : null;
        if (days.size < 100_000) days.set(text, day);
      }
      return day ?? undefined;
    },
    digitsOf(text) {
      if (text === undefined) return undefined;
      let found = digits.get(text);
      if (found === undefined) {
        found = digitsOrNull(text);
        if (digits.size < 1_000) digits.set(text, found);
      }
      return found ?? undefined;
    },
    minorOf(text, scale) {
      if (text === undefined || text.length > 17) return undefined;
      const match = PLAIN_DECIMAL.exec(text);
      if (match === null) return undefined;
      const whole = match[1] ?? '';
      const fraction = match[2] ?? '';
      if (fraction.length > scale || whole.length + scale > 15) return undefined;
      const minor =
        Number(whole) * 10 ** scale +
        (fraction === '' ? 0 : Number(fraction) * 10 ** (scale - fraction.length));
      return minor > 0 && Number.isSafeInteger(minor) ? minor : undefined;
    },
  };
}

function dayOrNull(text: string): number | null {
  try {
    return toDayNumber(parseIsoDate(text));
  } catch {
    return null;
  }
}

function digitsOrNull(text: string): number | null {
  try {
    return parseCurrency(text) === text ? currencyMinorUnits(text) : null;
  } catch {
    return null;
  }
}

/**
 * Whether a text has a visible character, as core's text fields require.
 *
 * @param text - A cell's text.
 * @returns `true` for a non-blank text.
 * @internal
 */
export function isVisibleText(text: string | undefined): text is string {
  return text !== undefined && VISIBLE.test(text);
}
