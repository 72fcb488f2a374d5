import type { AmountInput } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { shareOfTotal } from '../_internals/kpisShareOfTotal.ts';

/** The balances {@link longOverdueShare} compares, in one currency and as of one date. */
export interface LongOverdueShareInput {
  /** The balance past due by more than your threshold: DPD > 90 in the spec's default. */
  readonly longOverdue: AmountInput;
  /** The total receivables balance (总余额), overdue and not yet due together. */
  readonly total: AmountInput;
}

/**
 * Computes the share of the receivables balance that is long overdue, by default the share with more
 * than 90 days past due that the spec asks to report beside the overdue rate.
 *
 * Formula (spec §2.5): `long-overdue share = balance with DPD > threshold ÷ total balance`. The
 * threshold (90 days by default, a [P] practice value) is applied when the balance is aged, so this
 * function serves any threshold: sum the buckets beyond it, e.g. `d91to120` and `over120` of the
 * 30-day scheme.
 *
 * The result is a fraction in [0, 1], exact to the suite's 60 significant digits and not rounded.
 *
 * @param input - The long-overdue and total balances.
 * @returns The long-overdue share of the balance.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when an amount is not a finite decimal or is negative;
 *   `INVALID_ARGUMENT` when `longOverdue` exceeds `total`; `ZERO_DENOMINATOR` when `total` is zero.
 *
 * @example
 * ```ts
 * import { longOverdueShare } from '@receivables/aging';
 *
 * // Buckets d91to120 (300.00) and over120 (500.00) of a 6,400.00 balance.
 * const share = longOverdueShare({ longOverdue: '800.00', total: '6400.00' });
 * console.log(share.toString()); // 0.125
 * ```
 */
export function longOverdueShare(input: LongOverdueShareInput): Decimal {
  return shareOfTotal(
    input.longOverdue,
    input.total,
    'longOverdueShare',
    'longOverdue',
    'the long-overdue share',
  );
}
