import type { AmountInput } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { readAmount } from '../_internals/kpisReadAmount.ts';
import { resolveDayCount } from '../_internals/kpisResolveDayCount.ts';
import { zeroDivisorError } from '../_internals/kpisZeroDivisorError.ts';
import type { DayCount } from './DayCount.ts';

/** The figures of {@link standardDso}, all in one currency and for one period. */
export interface StandardDsoInput {
  /** Total receivables at the end of the period. */
  readonly endingReceivables: AmountInput;
  /** Credit sales (赊销额) of the period. */
  readonly creditSales: AmountInput;
  /** The days of the period: `365`, `360`, or the actual days `{ from, to }`, both ends included. */
  readonly dayCount: DayCount;
}

/**
 * Computes standard DSO (Credit Research Foundation): ending receivables expressed as days of the
 * period's credit sales.
 *
 * Formula (spec §7.4): `DSO = endingReceivables ÷ creditSales × days`.
 *
 * Unlike {@link turnoverDso} it looks at the closing balance only, so it reacts to the latest month; unlike
 * `countBackDso` it assumes sales were spread evenly over the period. The result is exact to the suite's
 * 60 significant digits and not rounded: round it for display.
 *
 * @param input - Ending receivables, credit sales and the {@link DayCount} of the period.
 * @returns DSO in days.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when an amount is not a finite decimal or is negative;
 *   `NO_SALES_IN_PERIOD` when credit sales are zero; `INVALID_ARGUMENT` or `INVALID_DATE` for a bad `dayCount`.
 *
 * @example
 * ```ts
 * import { standardDso } from '@receivables/aging';
 *
 * // A quarter: 90 actual days, 1,800 of credit sales, 1,000 still owed at the end.
 * const dso = standardDso({
 *   endingReceivables: '1000.00',
 *   creditSales: '1800.00',
 *   dayCount: { from: '2026-01-01', to: '2026-03-31' },
 * });
 * console.log(dso.toString()); // 50
 * ```
 */
export function standardDso(input: StandardDsoInput): Decimal {
  const receivables = readAmount(input.endingReceivables, 'standardDso', 'endingReceivables');
  const sales = readAmount(input.creditSales, 'standardDso', 'creditSales');
  const days = resolveDayCount(input.dayCount, 'standardDso');
  if (sales.isZero()) {
    throw zeroDivisorError(
      'NO_SALES_IN_PERIOD',
      'standardDso',
      'creditSales',
      input.creditSales,
      'DSO is undefined for a period with no sales',
    );
  }
  return receivables.times(days).div(sales);
}
