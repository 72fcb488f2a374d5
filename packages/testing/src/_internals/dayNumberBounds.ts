import { describeValue, type IsoDate, isIsoDate, ReceivablesError, toDayNumber } from '@receivables/core';

/**
 * Reads an optional `{ min, max }` pair of dates as day numbers, with defaults, and checks their order.
 *
 * @param api - The public function asking, named first in error messages.
 * @param names - The options' names, e.g. `['min', 'max']`.
 * @param min - The earliest date, or `undefined` for `fallbackMin`.
 * @param max - The latest date, or `undefined` for `fallbackMax`.
 * @param fallbackMin - The default earliest date.
 * @param fallbackMax - The default latest date.
 * @returns The two bounds as day numbers, `min <= max`.
 * @throws {ReceivablesError} `INVALID_DATE` when a bound is not a `YYYY-MM-DD` date;
 *   `INVALID_ARGUMENT` when `min` is after `max`.
 * @internal
 */
export function dayNumberBounds(
  api: string,
  names: readonly [string, string],
  min: IsoDate | undefined,
  max: IsoDate | undefined,
  fallbackMin: IsoDate,
  fallbackMax: IsoDate,
): { readonly min: number; readonly max: number } {
  const low = readDay(api, names[0], min ?? fallbackMin);
  const high = readDay(api, names[1], max ?? fallbackMax);
  if (low > high) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: ${names[0]} ${min ?? fallbackMin} is after ${names[1]} ${max ?? fallbackMax}`,
      { details: { [names[0]]: min ?? fallbackMin, [names[1]]: max ?? fallbackMax } },
    );
  }
  return { min: low, max: high };
}

function readDay(api: string, name: string, value: IsoDate): number {
  if (!isIsoDate(value)) {
    throw new ReceivablesError(
      'INVALID_DATE',
      `${api}: ${name} ${describeValue(value)} is not a YYYY-MM-DD date`,
      {
        details: { field: name, value },
      },
    );
  }
  return toDayNumber(value);
}
