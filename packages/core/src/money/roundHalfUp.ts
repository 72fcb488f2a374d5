import type { Decimal } from 'decimal.js';
import DecimalJs from 'decimal.js';
import { roundTo } from '../_internals/moneyRoundTo.ts';

/**
 * Rounds to the nearest value, ties away from zero (四舍五入): the suite's default mode.
 *
 * @param value - The decimal to round.
 * @param decimalPlaces - How many decimals to keep, a whole number from 0.
 * @returns The nearest value with at most `decimalPlaces` decimals; 2.345 → 2.35 and -2.345 → -2.35.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `decimalPlaces` is not a whole number from 0 to 1e9.
 *
 * @example
 * ```ts
 * import { decimal, roundHalfUp } from '@receivables/core';
 *
 * console.log(roundHalfUp(decimal('2.345'), 2).toString()); // 2.35
 * console.log(roundHalfUp(decimal('-2.345'), 2).toString()); // -2.35
 * ```
 */
export function roundHalfUp(value: Decimal, decimalPlaces: number): Decimal {
  return roundTo(value, decimalPlaces, DecimalJs.ROUND_HALF_UP, 'roundHalfUp');
}
