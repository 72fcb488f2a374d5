import type { Decimal } from 'decimal.js';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';

/**
 * Rounds `value` to `decimalPlaces` with a decimal.js rounding constant, after checking the places so a
 * bad count fails with the suite's error instead of decimal.js's.
 *
 * @internal
 */
export function roundTo(
  value: Decimal,
  decimalPlaces: number,
  rounding: Decimal.Rounding,
  api: string,
): Decimal {
  requireDecimalPlaces(decimalPlaces, api);
  return value.toDecimalPlaces(decimalPlaces, rounding);
}

/**
 * Throws `INVALID_ARGUMENT` unless `decimalPlaces` is a whole number from 0 to 1e9, the range decimal.js
 * can round to.
 *
 * @internal
 */
export function requireDecimalPlaces(decimalPlaces: number, api: string): void {
  if (Number.isInteger(decimalPlaces) && decimalPlaces >= 0 && decimalPlaces <= 1e9) return;
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `${api}: decimal places ${describeValue(decimalPlaces)} is not a whole number from 0 to 1e9`,
    { details: { decimalPlaces } },
  );
}
