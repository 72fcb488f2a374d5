import type { Decimal } from 'decimal.js';
import DecimalJs from 'decimal.js';
import { roundTo } from '../_internals/moneyRoundTo.ts';

/**
 * Rounds to the nearest value, ties toward zero.
 *
 * @param value - The decimal to round.
 * @param decimalPlaces - How many decimals to keep, a whole number from 0.
 * @returns The nearest value with at most `decimalPlaces` decimals; 2.345 → 2.34 and -2.345 → -2.34.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `decimalPlaces` is not a whole number from 0 to 1e9.
 *
 * @example
 * ```ts
 * import { decimal, roundHalfDown } from '@receivables/core';
 *
 * console.log(roundHalfDown(decimal('2.345'), 2).toString()); // 2.34
 * console.log(roundHalfDown(decimal('2.346'), 2).toString()); // 2.35
 * ```
 */
export function roundHalfDown(value: Decimal, decimalPlaces: number): Decimal {
  return roundTo(value, decimalPlaces, DecimalJs.ROUND_HALF_DOWN, 'roundHalfDown');
}
