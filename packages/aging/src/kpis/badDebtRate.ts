import type { AmountInput } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { readAmount } from '../_internals/kpisReadAmount.ts';
import { zeroDivisorError } from '../_internals/kpisZeroDivisorError.ts';

/** The amounts {@link badDebtRate} compares, in one currency and for one period. */
export interface BadDebtRateInput {
  /** Receivables written off in the period (本期核销), before any later recovery. */
  readonly writtenOff: AmountInput;
  /** Credit sales of the period (本期赊销). */
  readonly creditSales: AmountInput;
}

/**
 * Computes the bad-debt rate (坏账率): write-offs of the period relative to its credit sales.
 *
 * Formula (spec §2.5): `坏账率 = 本期核销 ÷ 本期赊销` (written off ÷ credit sales).
 *
 * The result is a fraction (0.015, not 1.5%), exact to the suite's 60 significant digits and not
 * rounded. It may exceed 1: write-offs usually concern sales of earlier periods, so a period of low
 * sales can write off more than it sold.
 *
 * @param input - The amounts written off and sold on credit in the period.
 * @returns The bad-debt rate.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when an amount is not a finite decimal or is negative;
 *   `NO_SALES_IN_PERIOD` when credit sales are zero.
 *
 * @example
 * ```ts
 * import { badDebtRate } from '@receivables/aging';
 *
 * const rate = badDebtRate({ writtenOff: '18000.00', creditSales: '1200000.00' });
 * console.log(rate.toString()); // 0.015
 * ```
 */
export function badDebtRate(input: BadDebtRateInput): Decimal {
  const writtenOff = readAmount(input.writtenOff, 'badDebtRate', 'writtenOff');
  const sales = readAmount(input.creditSales, 'badDebtRate', 'creditSales');
  if (sales.isZero()) {
    throw zeroDivisorError(
      'NO_SALES_IN_PERIOD',
      'badDebtRate',
      'creditSales',
      input.creditSales,
      'the bad-debt rate is undefined for a period with no sales',
    );
  }
  return writtenOff.div(sales);
}
