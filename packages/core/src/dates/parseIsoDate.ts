import { dayNumberFromCivil, daysInCivilMonth } from '../_internals/civil.ts';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import type { IsoDate } from './IsoDate.ts';

/** Options of {@link parseIsoDate}. */
export interface ParseIsoDateOptions {
  /** Names the value in error messages, e.g. `invoices[3].dueDate`. */
  readonly field?: string;
  /**
   * The public function to name first in error messages, for callers that read their date inputs
   * through `parseIsoDate`, e.g. `nextReview`.
   * @defaultValue `'parseIsoDate'`
   */
  readonly api?: string;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Checks that `value` is a real calendar date written `YYYY-MM-DD` and returns it.
 *
 * @param value - Anything; only strings of the form `YYYY-MM-DD` naming an existing day pass.
 * @param options - The field name used in error messages.
 * @returns The same text, typed as an {@link IsoDate}.
 * @throws {ReceivablesError} `INVALID_DATE` for another format (`2026/02/01`, `2026-2-1`, a `Date`),
 *   a month or day that does not exist (`2026-02-30`), or year 0000.
 *
 * @example
 * ```ts
 * import { parseIsoDate } from '@receivables/core';
 *
 * console.log(parseIsoDate('2028-02-29')); // 2028-02-29
 * try {
 *   parseIsoDate('2026-02-30');
 * } catch (error) {
 *   console.log((error as Error).message); // parseIsoDate: "2026-02-30" is not a date: February 2026 has 28 days
 * }
 * ```
 */
export function parseIsoDate(value: unknown, options: ParseIsoDateOptions = {}): IsoDate {
  dayNumberOf(value, options);
  return value as IsoDate;
}

/**
 * Reads a `YYYY-MM-DD` date straight to its day number, throwing `INVALID_DATE` with the reason.
 * Shared by parseIsoDate, toDayNumber and isIsoDate so that a date is read once.
 *
 * @internal
 */
export function dayNumberOf(value: unknown, options: ParseIsoDateOptions = {}): number {
  if (
    typeof value !== 'string' ||
    value.length !== 10 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45
  ) {
    throw invalid(value, options, 'is not a date in the form YYYY-MM-DD');
  }
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 0 || day < 0) throw invalid(value, options, 'is not a date in the form YYYY-MM-DD');
  if (year === 0) throw invalid(value, options, 'is not a date: years start at 0001');
  if (month < 1 || month > 12) throw invalid(value, options, `is not a date: there is no month ${month}`);
  const lastDay = daysInCivilMonth(year, month);
  if (day < 1 || day > lastDay) {
    throw invalid(value, options, `is not a date: ${MONTH_NAMES[month - 1]} ${year} has ${lastDay} days`);
  }
  return dayNumberFromCivil(year, month, day);
}

/** Reads the decimal digits of `text[start, end)`; -1 when any character is not a digit. */
function digits(text: string, start: number, end: number): number {
  let result = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    result = result * 10 + code;
  }
  return result;
}

function invalid(value: unknown, options: ParseIsoDateOptions, reason: string): ReceivablesError {
  const field = options.field === undefined ? '' : `${options.field}: `;
  return new ReceivablesError(
    'INVALID_DATE',
    `${options.api ?? 'parseIsoDate'}: ${field}${describeValue(value)} ${reason}`,
    {
      details: {
        value: typeof value === 'string' ? value : describeValue(value),
        ...(options.field ? { field: options.field } : {}),
      },
    },
  );
}
