import type { Decimal } from 'decimal.js';

/** One bucket line of a {@link RequiredAllowanceResult}: the matrix applied to what is assessed collectively. */
export interface RequiredAllowanceBucket {
  /** The bucket's id in the matrix, e.g. `y1to2`. */
  readonly bucketId: string;
  /** The bucket's whole balance. */
  readonly balance: Decimal;
  /** The part of the balance assessed individually and so taken out of the matrix. */
  readonly individuallyAssessed: Decimal;
  /** `balance − individuallyAssessed`: what the matrix rate applies to. */
  readonly collectivelyAssessed: Decimal;
  /** The matrix's rate for the bucket. */
  readonly rate: Decimal;
  /** `collectivelyAssessed × rate`, exact and unrounded. */
  readonly exactRequired: Decimal;
  /** `exactRequired` rounded once to the currency's minor unit. */
  readonly required: Decimal;
}

/** One individually assessed item of a {@link RequiredAllowanceResult}. */
export interface RequiredAllowanceIndividual {
  /** The item's id as given. */
  readonly id: string;
  /** The bucket whose matrix line the item was taken out of. */
  readonly bucketId: string;
  /** The item's balance. */
  readonly amount: Decimal;
  /** The rate assessed, when the item was given a rate rather than an allowance. */
  readonly rate?: Decimal;
  /** The allowance given, or `amount × rate` exact and unrounded. */
  readonly exactAllowance: Decimal;
  /** The allowance at the currency's minor unit. */
  readonly allowance: Decimal;
  /** Why the item is assessed individually, when given. */
  readonly reason?: string;
}

/** The totals of a {@link RequiredAllowanceResult}; each is the sum of its column. */
export interface RequiredAllowanceTotals {
  readonly balance: Decimal;
  readonly individuallyAssessed: Decimal;
  readonly collectivelyAssessed: Decimal;
  /** The sum of the bucket lines' rounded `required`. */
  readonly collectiveAllowance: Decimal;
  /** The sum of the individual items' rounded `allowance`. */
  readonly individualAllowance: Decimal;
  /** `collectiveAllowance + individualAllowance`: the allowance the balance sheet needs (坏账准备期末应有余额). */
  readonly required: Decimal;
}

/**
 * The allowance a set of aged balances requires, as a table that reconciles to the minor unit: one
 * line per bucket of the matrix (in the matrix's order), the individually assessed items, and totals.
 */
export interface RequiredAllowanceResult {
  /** The ISO 4217 code of every amount. */
  readonly currency: string;
  /** The id of the matrix applied. */
  readonly matrixId: string;
  /** One line per bucket of the matrix, in the matrix's order. */
  readonly buckets: readonly RequiredAllowanceBucket[];
  /** The individually assessed items, in the order given. */
  readonly individual: readonly RequiredAllowanceIndividual[];
  /** The column sums. */
  readonly totals: RequiredAllowanceTotals;
}
