import type { Decimal } from 'decimal.js';
import DecimalJs from 'decimal.js';
import { roundTo } from '../_internals/moneyRoundTo.ts';

/**
 * Cuts the extra decimals off, toward zero (truncation).
 *
 * @param value - The decimal to round.
 * @param decimalPlaces - How many decimals to keep, a whole number from 0.
 * @returns The value truncated to `decimalPlaces` decimals; 2.349 → 2.34 and -2.349 → -2.34.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `decimalPlaces` is not a whole number from 0 to 1e9.
 *
 * @example
 * ```ts
 * import { decimal, roundDown } from '@receivables/core';
 *
 * console.log(roundDown(decimal('2.349'), 2).toString()); // 2.34
 * console.log(roundDown(decimal('-2.349'), 2).toString()); // -2.34
 * ```
 */
export function roundDown(value: Decimal, decimalPlaces: number): Decimal {
  return roundTo(value, decimalPlaces, DecimalJs.ROUND_DOWN, 'roundDown');
}
