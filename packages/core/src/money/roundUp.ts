import type { Decimal } from 'decimal.js';
import DecimalJs from 'decimal.js';
import { roundTo } from '../_internals/moneyRoundTo.ts';

/**
 * Rounds away from zero whenever any extra decimal is non-zero.
 *
 * @param value - The decimal to round.
 * @param decimalPlaces - How many decimals to keep, a whole number from 0.
 * @returns The value rounded away from zero to `decimalPlaces` decimals; 2.341 → 2.35 and -2.341 → -2.35.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `decimalPlaces` is not a whole number from 0 to 1e9.
 *
 * @example
 * ```ts
 * import { decimal, roundUp } from '@receivables/core';
 *
 * console.log(roundUp(decimal('2.341'), 2).toString()); // 2.35
 * console.log(roundUp(decimal('-2.341'), 2).toString()); // -2.35
 * ```
 */
export function roundUp(value: Decimal, decimalPlaces: number): Decimal {
  return roundTo(value, decimalPlaces, DecimalJs.ROUND_UP, 'roundUp');
}
