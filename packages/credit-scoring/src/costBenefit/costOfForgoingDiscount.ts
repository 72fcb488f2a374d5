import { type AmountInput, decimal, describeValue, ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { modelsReadCount } from '../_internals/modelsReadCount.ts';
import { modelsReadRate } from '../_internals/modelsReadRate.ts';

/** The terms of a cash discount, e.g. 2/10 n/30: 2% off if paid within 10 days, otherwise due in 30. */
export interface CashDiscountTerms {
  /** The discount as a fraction below 1, e.g. `'0.02'`. */
  readonly discountRate: AmountInput;
  /** The last day the discount may be taken. */
  readonly discountDays: number;
  /** The day the full amount is due; later than `discountDays`. */
  readonly creditDays: number;
}

/** Options of {@link costOfForgoingDiscount}. */
export interface CostOfForgoingDiscountOptions {
  /**
   * The days of the year the rate is annualised over.
   * @defaultValue `360`, the textbook convention
   */
  readonly daysInYear?: number;
}

const API = 'costOfForgoingDiscount';

/**
 * The buyer's annual cost of not taking a cash discount (放弃现金折扣的成本, spec §1.9):
 * `d / (1 − d) × 360 / (creditDays − discountDays)`. Paying on day `creditDays` instead of
 * `discountDays` borrows `1 − d` for that many days at the price of `d`; offer a concession (代价式)
 * discount whose cost beats the buyer's borrowing rate.
 *
 * @param terms - The discount rate, the discount days and the credit days.
 * @param options - The days of the year.
 * @returns The cost as a yearly fraction, exact to 60 significant digits and not rounded.
 * @throws {ReceivablesError} `INVALID_RATE` for a discount that is negative, 1 or more, or not a number;
 *   `INVALID_ARGUMENT` for days that are not whole numbers of zero or more, or credit days not after
 *   the discount days.
 *
 * @example
 * ```ts
 * import { costOfForgoingDiscount } from '@receivables/credit-scoring';
 *
 * const cost = costOfForgoingDiscount({ discountRate: '0.02', discountDays: 10, creditDays: 30 });
 * console.log(cost.toDecimalPlaces(4).toString()); // 0.3673
 * ```
 */
export function costOfForgoingDiscount(
  terms: CashDiscountTerms,
  options: CostOfForgoingDiscountOptions = {},
): Decimal {
  const rate = modelsReadRate(terms.discountRate, API, 'discountRate');
  if (rate.greaterThanOrEqualTo(1)) {
    throw new ReceivablesError(
      'INVALID_RATE',
      `${API}: discountRate: ${describeValue(terms.discountRate)} is not below 1`,
      {
        details: { field: 'discountRate', value: rate.toString() },
      },
    );
  }
  const discountDays = modelsReadCount(terms.discountDays, API, 'discountDays');
  const creditDays = modelsReadCount(terms.creditDays, API, 'creditDays');
  const daysInYear = modelsReadCount(options.daysInYear ?? 360, API, 'daysInYear');
  if (creditDays <= discountDays) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${API}: creditDays: ${creditDays} is not after discountDays ${discountDays}; forgoing the discount gains no days`,
      { details: { field: 'creditDays', value: creditDays, discountDays } },
    );
  }
  // d × days / ((1 − d) × span): one division, so the result is the exact value rounded once.
  return rate.times(daysInYear).div(
    decimal(1)
      .minus(rate)
      .times(creditDays - discountDays),
  );
}
