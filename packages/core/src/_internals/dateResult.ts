import type { IsoDate } from '../dates/IsoDate.ts';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import { civilFromDayNumber, formatCivil, MAX_DAY_NUMBER, MIN_DAY_NUMBER } from './civil.ts';

/**
 * The error for a computed date outside the years 0001–9999; `operation` says what was computed, e.g.
 * `"9999-12-31" plus 1 day`.
 *
 * @internal
 */
export function dateOutOfRange(api: string, operation: string): ReceivablesError {
  return new ReceivablesError('DATE_OUT_OF_RANGE', `${api}: ${operation} falls outside the years 0001–9999`, {
    details: { operation, min: '0001-01-01', max: '9999-12-31' },
  });
}

/**
 * Formats a computed day number as an ISO date, or throws `DATE_OUT_OF_RANGE` naming the operation.
 * The operation is described lazily because it is only needed on failure.
 *
 * @internal
 */
export function writeDate(dayNumber: number, api: string, describeOperation: () => string): IsoDate {
  if (!(dayNumber >= MIN_DAY_NUMBER && dayNumber <= MAX_DAY_NUMBER)) {
    throw dateOutOfRange(api, describeOperation());
  }
  return formatDayNumber(dayNumber);
}

/**
 * Formats a day number already known to lie within the years 0001–9999.
 *
 * @internal
 */
export function formatDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return formatCivil(year, month, day);
}

/**
 * Describes moving a date by a signed amount of a unit: `"2026-01-31" plus 1 month`, `"0001-01-01" minus 2 days`.
 *
 * @internal
 */
export function describeShift(
  date: unknown,
  amount: number,
  unit: 'day' | 'business day' | 'month' | 'year',
): string {
  const size = Math.abs(amount);
  return `${describeValue(date)} ${amount < 0 ? 'minus' : 'plus'} ${size} ${unit}${size === 1 ? '' : 's'}`;
}
