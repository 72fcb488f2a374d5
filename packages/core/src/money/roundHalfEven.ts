import type { Decimal } from 'decimal.js';
import DecimalJs from 'decimal.js';
import { roundTo } from '../_internals/moneyRoundTo.ts';

/**
 * Rounds to the nearest value, ties to the even neighbour (banker's rounding), so ties do not drift a sum upward.
 *
 * @param value - The decimal to round.
 * @param decimalPlaces - How many decimals to keep, a whole number from 0.
 * @returns The nearest value with at most `decimalPlaces` decimals; 2.345 → 2.34 and 2.355 → 2.36.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `decimalPlaces` is not a whole number from 0 to 1e9.
 *
 * @example
 * ```ts
 * import { decimal, roundHalfEven } from '@receivables/core';
 *
 * console.log(roundHalfEven(decimal('2.345'), 2).toString()); // 2.34
 * console.log(roundHalfEven(decimal('2.355'), 2).toString()); // 2.36
 * ```
 */
export function roundHalfEven(value: Decimal, decimalPlaces: number): Decimal {
  return roundTo(value, decimalPlaces, DecimalJs.ROUND_HALF_EVEN, 'roundHalfEven');
}
