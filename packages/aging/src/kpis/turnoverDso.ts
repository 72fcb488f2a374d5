import type { Decimal } from 'decimal.js';
import { readAmount } from '../_internals/kpisReadAmount.ts';
import { resolveDayCount } from '../_internals/kpisResolveDayCount.ts';
import { zeroDivisorError } from '../_internals/kpisZeroDivisorError.ts';
import type { DayCount } from './DayCount.ts';
import type { ReceivablesTurnoverInput } from './receivablesTurnover.ts';

/** The figures of {@link turnoverDso}: those of `receivablesTurnover` and the days of the period. */
export interface TurnoverDsoInput extends ReceivablesTurnoverInput {
  /** The days the period counts for: `365`, `360`, or the actual days `{ from, to }`, both ends included. */
  readonly dayCount: DayCount;
}

/**
 * Computes days sales outstanding from receivables turnover: the days it takes on
 * average to collect the average receivables balance.
 *
 * Formula (spec §2.5): `DSO = days ÷ turnover`, where `turnover = sales ÷ ((opening + closing) / 2)`.
 * It is computed as `days × ((opening + closing) / 2) ÷ sales`, which is the same number whenever
 * turnover is defined and is 0 (not an error) when the period ended and began with no receivables.
 *
 * The result is exact to the suite's 60 significant digits and not rounded: round it for display.
 *
 * @param input - Sales, opening and closing receivables, and the {@link DayCount} of the period.
 * @returns DSO in days.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when an amount is not a finite decimal or is negative;
 *   `NO_SALES_IN_PERIOD` when sales are zero; `INVALID_ARGUMENT` or `INVALID_DATE` for a bad `dayCount`.
 *
 * @example
 * ```ts
 * import { turnoverDso } from '@receivables/aging';
 *
 * // The spec's test (§2.5): revenue 3,650, receivables 400 → 600, a 365-day year.
 * const dso = turnoverDso({ sales: 3650, openingReceivables: 400, closingReceivables: 600, dayCount: 365 });
 * console.log(dso.toString()); // 50
 * ```
 */
export function turnoverDso(input: TurnoverDsoInput): Decimal {
  const sales = readAmount(input.sales, 'turnoverDso', 'sales');
  const opening = readAmount(input.openingReceivables, 'turnoverDso', 'openingReceivables');
  const closing = readAmount(input.closingReceivables, 'turnoverDso', 'closingReceivables');
  const days = resolveDayCount(input.dayCount, 'turnoverDso');
  if (sales.isZero()) {
    throw zeroDivisorError(
      'NO_SALES_IN_PERIOD',
      'turnoverDso',
      'sales',
      input.sales,
      'DSO is undefined for a period with no sales',
    );
  }
  return opening.plus(closing).times(days).div(sales.times(2));
}
