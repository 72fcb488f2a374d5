import type { AmountInput } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { readAmount } from '../_internals/kpisReadAmount.ts';
import { zeroDivisorError } from '../_internals/kpisZeroDivisorError.ts';

/** The figures of {@link receivablesTurnover}, all in one currency and for one period. */
export interface ReceivablesTurnoverInput {
  /** Revenue (营业收入) or, better, credit sales (赊销额) of the period. */
  readonly sales: AmountInput;
  /** Gross receivables at the start of the period, including notes receivable (应收票据). */
  readonly openingReceivables: AmountInput;
  /** Gross receivables at the end of the period, including notes receivable (应收票据). */
  readonly closingReceivables: AmountInput;
}

/**
 * Computes receivables turnover (应收账款周转率): how many times the average receivables balance was
 * collected over the period.
 *
 * Formula (spec §2.5, 注会):
 *
 * `turnover = sales ÷ ((openingReceivables + closingReceivables) / 2)`
 *
 * The result is a plain `Decimal`, exact to the suite's 60 significant digits and not rounded: round it
 * yourself for display, e.g. `toDecimalPlaces(2)`.
 *
 * @param input - Sales and the opening and closing receivables of the period.
 * @returns The turnover, a number of times per period (zero when there were no sales).
 * @throws {ReceivablesError} `INVALID_AMOUNT` when an amount is not a finite decimal or is negative;
 *   `ZERO_DENOMINATOR` when both balances are zero, so there is no average to divide by.
 *
 * @example
 * ```ts
 * import { receivablesTurnover } from '@receivables/aging';
 *
 * const turnover = receivablesTurnover({ sales: 3650, openingReceivables: 400, closingReceivables: 600 });
 * console.log(turnover.toString()); // 7.3
 * ```
 */
export function receivablesTurnover(input: ReceivablesTurnoverInput): Decimal {
  const sales = readAmount(input.sales, 'receivablesTurnover', 'sales');
  const opening = readAmount(input.openingReceivables, 'receivablesTurnover', 'openingReceivables');
  const closing = readAmount(input.closingReceivables, 'receivablesTurnover', 'closingReceivables');
  const balances = opening.plus(closing);
  if (balances.isZero()) {
    throw zeroDivisorError(
      'ZERO_DENOMINATOR',
      'receivablesTurnover',
      'openingReceivables + closingReceivables',
      balances,
      'turnover is undefined without receivables to average',
    );
  }
  // sales ÷ (sum / 2) written as 2 × sales ÷ sum: one division, so the result is rounded at most once.
  return sales.times(2).div(balances);
}
