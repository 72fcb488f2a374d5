import type { AmountInput } from '@receivables/core';
import { describeValue, ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { readAmount } from '../_internals/kpisReadAmount.ts';
import { requireWithin } from '../_internals/kpisRequireWithin.ts';
import { zeroDivisorError } from '../_internals/kpisZeroDivisorError.ts';

/** The figures of {@link collectionEffectivenessIndex}, all in one currency. */
export interface CollectionEffectivenessIndexInput {
  /** Total receivables at the start of the period. */
  readonly beginningReceivables: AmountInput;
  /** Credit sales (赊销额) of the whole period. */
  readonly creditSales: AmountInput;
  /** The number of months in the period (N): 1 for a month, 3 for a quarter, 12 for a year. */
  readonly months: number;
  /** Total receivables at the end of the period. */
  readonly endingReceivables: AmountInput;
  /** The part of `endingReceivables` not yet due (current) at the end of the period. */
  readonly endingCurrentReceivables: AmountInput;
}

/**
 * Computes the collection effectiveness index (CEI): the percentage of what was collectable
 * in the period that was actually collected. 100 means everything that fell due was collected.
 *
 * Formula (spec §2.5, §7.4, Credit Research Foundation), with N the number of months:
 *
 * `CEI = (beginning + creditSales / N − ending) ÷ (beginning + creditSales / N − endingCurrent) × 100`
 *
 * Both terms are multiplied by N before the one division, so the result is exact to the suite's 60
 * significant digits even when `creditSales / N` does not terminate. It is a percentage (55.93…, not
 * 0.5593…) and is not rounded: round it for display. It may be negative when receivables grew by more
 * than the month's average sales; it is at most 100.
 *
 * @param input - Beginning, ending and ending-current receivables, credit sales and the months N.
 * @returns CEI as a percentage.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when an amount is not a finite decimal or is negative;
 *   `INVALID_ARGUMENT` when `months` is not a positive whole number, when `endingCurrentReceivables`
 *   exceeds `endingReceivables`, or when the collectable amount (the denominator) is negative;
 *   `ZERO_DENOMINATOR` when the collectable amount is zero.
 *
 * @example
 * ```ts
 * import { collectionEffectivenessIndex } from '@receivables/aging';
 *
 * // The spec's test (§2.5): a quarter with 10,890 of credit sales.
 * const cei = collectionEffectivenessIndex({
 *   beginningReceivables: 6200,
 *   creditSales: 10890,
 *   months: 3,
 *   endingReceivables: 6340,
 *   endingCurrentReceivables: 3590,
 * });
 * console.log(cei.toDecimalPlaces(1).toString()); // 55.9
 * ```
 */
export function collectionEffectivenessIndex(input: CollectionEffectivenessIndexInput): Decimal {
  const api = 'collectionEffectivenessIndex';
  const beginning = readAmount(input.beginningReceivables, api, 'beginningReceivables');
  const sales = readAmount(input.creditSales, api, 'creditSales');
  const months = readMonths(input.months);
  const ending = readAmount(input.endingReceivables, api, 'endingReceivables');
  const endingCurrent = readAmount(input.endingCurrentReceivables, api, 'endingCurrentReceivables');
  requireWithin(endingCurrent, ending, api, 'endingCurrentReceivables', 'endingReceivables');
  const collectable = beginning.times(months).plus(sales);
  const collected = collectable.minus(ending.times(months));
  const collectableBeyondCurrent = collectable.minus(endingCurrent.times(months));
  if (collectableBeyondCurrent.isZero()) {
    throw zeroDivisorError(
      'ZERO_DENOMINATOR',
      api,
      'beginningReceivables + creditSales / months − endingCurrentReceivables',
      collectableBeyondCurrent,
      'nothing fell due in the period, so CEI is undefined',
    );
  }
  if (collectableBeyondCurrent.isNegative()) throw negativeDenominator(collectableBeyondCurrent.div(months));
  return collected.times(100).div(collectableBeyondCurrent);
}

function readMonths(months: number): number {
  if (Number.isSafeInteger(months) && months > 0) return months;
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `collectionEffectivenessIndex: months: ${describeValue(months)} is not a positive whole number of months`,
    { details: { field: 'months', value: typeof months === 'number' ? months : describeValue(months) } },
  );
}

// Numerator ≤ denominator always, so with a negative denominator the quotient would exceed 100: a CEI
// that looks excellent but only says the average-sales assumption failed for this period.
function negativeDenominator(value: Decimal): ReceivablesError {
  return new ReceivablesError(
    'INVALID_ARGUMENT',
    `collectionEffectivenessIndex: beginningReceivables + creditSales / months − endingCurrentReceivables is ${value.toString()}; ` +
      'current receivables exceed what the period could have produced, so CEI is undefined (check that the figures belong to the same period)',
    { details: { field: 'endingCurrentReceivables', denominator: value.toString() } },
  );
}
