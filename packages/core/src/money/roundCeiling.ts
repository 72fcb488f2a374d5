import type { Decimal } from 'decimal.js';
import DecimalJs from 'decimal.js';
import { roundTo } from '../_internals/moneyRoundTo.ts';

/**
 * Rounds toward positive infinity.
 *
 * @param value - The decimal to round.
 * @param decimalPlaces - How many decimals to keep, a whole number from 0.
 * @returns The smallest value with at most `decimalPlaces` decimals that is not below `value`; 2.341 → 2.35.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `decimalPlaces` is not a whole number from 0 to 1e9.
 *
 * @example
 * ```ts
 * import { decimal, roundCeiling } from '@receivables/core';
 *
 * console.log(roundCeiling(decimal('2.341'), 2).toString()); // 2.35
 * console.log(roundCeiling(decimal('-2.349'), 2).toString()); // -2.34
 * ```
 */
export function roundCeiling(value: Decimal, decimalPlaces: number): Decimal {
  return roundTo(value, decimalPlaces, DecimalJs.ROUND_CEIL, 'roundCeiling');
}
