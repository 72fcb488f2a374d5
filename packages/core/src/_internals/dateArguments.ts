import { dayNumberOf } from '../dates/parseIsoDate.ts';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';

/**
 * Reads an ISO date argument of a public function as its day number. A bad date keeps the parser's
 * reason but is reported under the calling function's name, e.g.
 * `addDays: date: "2026-02-30" is not a date: February 2026 has 28 days`.
 *
 * @internal
 */
export function readDate(value: unknown, api: string, field: string): number {
  return dayNumberOf(value, { api, field });
}

/**
 * Reads a count of days, months or years. Any integer passes, however large: one too large for the
 * calendar fails later, and more clearly, as `DATE_OUT_OF_RANGE`.
 *
 * @internal
 */
export function readInteger(value: unknown, api: string, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: ${field} ${describeValue(value)} is not an integer`,
      {
        details: { field, value: typeof value === 'number' ? value : describeValue(value) },
      },
    );
  }
  return value;
}
