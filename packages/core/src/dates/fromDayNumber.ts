import { civilFromDayNumber, formatCivil, MAX_DAY_NUMBER, MIN_DAY_NUMBER } from '../_internals/civil.ts';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import type { IsoDate } from './IsoDate.ts';

/**
 * Converts a day number (whole days since 1970-01-01) back to its calendar date.
 *
 * @param dayNumber - An integer between the day numbers of 0001-01-01 and 9999-12-31.
 * @returns The ISO calendar date.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `dayNumber` is not an integer;
 *   `DATE_OUT_OF_RANGE` when it falls outside the years 0001–9999.
 *
 * @example
 * ```ts
 * import { fromDayNumber } from '@receivables/core';
 *
 * console.log(fromDayNumber(0)); // 1970-01-01
 * console.log(fromDayNumber(20_000)); // 2024-10-04
 * ```
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isSafeInteger(dayNumber)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `fromDayNumber: ${describeValue(dayNumber)} is not an integer day number`,
      {
        details: { value: dayNumber },
      },
    );
  }
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new ReceivablesError(
      'DATE_OUT_OF_RANGE',
      `fromDayNumber: day ${dayNumber} is outside the years 0001–9999 (days ${MIN_DAY_NUMBER} to ${MAX_DAY_NUMBER})`,
      { details: { value: dayNumber, min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER } },
    );
  }
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return formatCivil(year, month, day);
}
