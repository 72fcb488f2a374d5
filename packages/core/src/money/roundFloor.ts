import type { Decimal } from 'decimal.js';
import DecimalJs from 'decimal.js';
import { roundTo } from '../_internals/moneyRoundTo.ts';

/**
 * Rounds toward negative infinity.
 *
 * @param value - The decimal to round.
 * @param decimalPlaces - How many decimals to keep, a whole number from 0.
 * @returns The largest value with at most `decimalPlaces` decimals that is not above `value`; -2.341 → -2.35.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `decimalPlaces` is not a whole number from 0 to 1e9.
 *
 * @example
 * ```ts
 * import { decimal, roundFloor } from '@receivables/core';
 *
 * console.log(roundFloor(decimal('2.349'), 2).toString()); // 2.34
 * console.log(roundFloor(decimal('-2.341'), 2).toString()); // -2.35
 * ```
 */
export function roundFloor(value: Decimal, decimalPlaces: number): Decimal {
  return roundTo(value, decimalPlaces, DecimalJs.ROUND_FLOOR, 'roundFloor');
}
