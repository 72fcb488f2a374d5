import type { AmountInput } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { readAmount } from '../_internals/kpisReadAmount.ts';
import { resolveDayCount } from '../_internals/kpisResolveDayCount.ts';
import { zeroDivisorError } from '../_internals/kpisZeroDivisorError.ts';
import type { DayCount } from './DayCount.ts';

/** The figures of {@link bestPossibleDso}, all in one currency and for one period. */
export interface BestPossibleDsoInput {
  /** Receivables at the end of the period that are not yet due (current). */
  readonly currentReceivables: AmountInput;
  /** Credit sales (赊销额) of the period. */
  readonly creditSales: AmountInput;
  /** The days of the period: `365`, `360`, or the actual days `{ from, to }`, both ends included. */
  readonly dayCount: DayCount;
}

/**
 * Computes best possible DSO (BPDSO): the DSO the business would have if every customer paid exactly on
 * its due date, so that only not-yet-due receivables were left. It measures the credit terms granted.
 *
 * Formula (spec §2.5, §7.4): `BPDSO = currentReceivables ÷ creditSales × days`.
 *
 * Compare it with {@link standardDso} over the same sales and days; the difference is
 * `averageDaysDelinquent`. The result is exact to the suite's 60 significant digits and not rounded.
 *
 * @param input - Current receivables, credit sales and the {@link DayCount} of the period.
 * @returns Best possible DSO in days.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when an amount is not a finite decimal or is negative;
 *   `NO_SALES_IN_PERIOD` when credit sales are zero; `INVALID_ARGUMENT` or `INVALID_DATE` for a bad `dayCount`.
 *
 * @example
 * ```ts
 * import { bestPossibleDso } from '@receivables/aging';
 *
 * const bpdso = bestPossibleDso({ currentReceivables: 600, creditSales: 7300, dayCount: 365 });
 * console.log(bpdso.toString()); // 30
 * ```
 */
export function bestPossibleDso(input: BestPossibleDsoInput): Decimal {
  const current = readAmount(input.currentReceivables, 'bestPossibleDso', 'currentReceivables');
  const sales = readAmount(input.creditSales, 'bestPossibleDso', 'creditSales');
  const days = resolveDayCount(input.dayCount, 'bestPossibleDso');
  if (sales.isZero()) {
    throw zeroDivisorError(
      'NO_SALES_IN_PERIOD',
      'bestPossibleDso',
      'creditSales',
      input.creditSales,
      'best possible DSO is undefined for a period with no sales',
    );
  }
  return current.times(days).div(sales);
}
