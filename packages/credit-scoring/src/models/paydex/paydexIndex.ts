import type { Decimal } from 'decimal.js';
import {
  PAYDEX_SCALE,
  paydexReadSlope,
  paydexScaledIndex,
} from '../../_internals/modelsPaydexIndexOfDays.ts';
import { modelsReadCount } from '../../_internals/modelsReadCount.ts';
import type { PaydexOptions } from './PaydexOptions.ts';

/**
 * The payment-behaviour index (PAYDEX-style, spec §7.1) of one payment made a number of days beyond
 * terms: 100 at 30 or more days early, 80 on time, 20 at 120 days late, linear between the anchors of
 * {@link paydexAnchors}; beyond 120 days late it falls by `pointsPerDayAfterLastAnchor` a day to a floor
 * of 1.
 *
 * @param daysBeyondTerms - Whole days from the due date to payment; negative when early.
 * @param options - The slope after the last anchor.
 * @returns The index, exact (60 significant digits where the slope between anchors does not divide evenly).
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `daysBeyondTerms` is not a whole number;
 *   `INVALID_RATE` when the slope is negative or not a finite decimal.
 *
 * @example
 * ```ts
 * import { paydexIndex } from '@receivables/credit-scoring';
 *
 * console.log(paydexIndex(0).toString(), paydexIndex(30).toString(), paydexIndex(-45).toString()); // 80 50 100
 * console.log(paydexIndex(45).toString()); // 45
 * console.log(paydexIndex(10).toDecimalPlaces(2).toString()); // 73.33
 * console.log(paydexIndex(400).toString()); // 1
 * ```
 */
export function paydexIndex(daysBeyondTerms: number, options: PaydexOptions = {}): Decimal {
  const days = modelsReadCount(daysBeyondTerms, 'paydexIndex', 'daysBeyondTerms', 'any');
  return paydexScaledIndex(days, paydexReadSlope(options, 'paydexIndex')).div(PAYDEX_SCALE);
}
