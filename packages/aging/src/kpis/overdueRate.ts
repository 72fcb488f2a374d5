import type { AmountInput } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { shareOfTotal } from '../_internals/kpisShareOfTotal.ts';

/** The balances {@link overdueRate} compares, in one currency and as of one date. */
export interface OverdueRateInput {
  /** The overdue balance (逾期余额): receivables with at least one day past due. */
  readonly overdue: AmountInput;
  /** The total receivables balance (总余额), overdue and not yet due together. */
  readonly total: AmountInput;
}

/**
 * Computes the overdue rate (逾期率): the share of the receivables balance that is past due.
 *
 * Formula (spec §2.5): `overdue rate = overdue balance ÷ total balance`.
 *
 * The result is a fraction in [0, 1] (0.25, not 25%), exact to the suite's 60 significant digits and
 * not rounded: multiply by 100 and round for display.
 *
 * @param input - The overdue and total balances.
 * @returns The overdue share of the balance.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when an amount is not a finite decimal or is negative;
 *   `INVALID_ARGUMENT` when `overdue` exceeds `total`; `ZERO_DENOMINATOR` when `total` is zero.
 *
 * @example
 * ```ts
 * import { overdueRate } from '@receivables/aging';
 *
 * const rate = overdueRate({ overdue: '2750.00', total: '6340.00' });
 * console.log(rate.times(100).toDecimalPlaces(2).toString()); // 43.38
 * ```
 */
export function overdueRate(input: OverdueRateInput): Decimal {
  return shareOfTotal(input.overdue, input.total, 'overdueRate', 'overdue', 'the overdue rate');
}
