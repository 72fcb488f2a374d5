import type { IsoDate } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { AllowanceRateMatrix } from './AllowanceRateMatrix.ts';

/** One month's observed roll of a bucket: how much of its balance reached the next bucket a month later. */
export interface RollRateObservation {
  /** The month-end the balance was aged at. */
  readonly from: IsoDate;
  /** The following month-end, where the rolled amount was found. */
  readonly to: IsoDate;
  /** The bucket's balance at `from`. */
  readonly balance: Decimal;
  /** The next bucket's balance at `to` (for the oldest bucket: the amount written off in the month). */
  readonly rolled: Decimal;
  /** `rolled ÷ balance` rounded to the rate decimals; `null` when the balance was zero and the month is skipped. */
  readonly rate: Decimal | null;
}

/** How one bucket's loss rate was derived, figure by figure. */
export interface RollRateBucket {
  /** The bucket's id, as in `bucketOrder`. */
  readonly bucketId: string;
  /** The next bucket in the order, or `null` for the oldest bucket, which rolls into write-off. */
  readonly rollsTo: string | null;
  /** `observed` from the agings (or the write-offs), `given` when the write-off rate was an input. */
  readonly rollRateSource: 'observed' | 'given';
  /** One per pair of consecutive agings; empty when the rate was given. */
  readonly observations: readonly RollRateObservation[];
  /** The months whose balance was not zero, the ones averaged. */
  readonly monthsUsed: number;
  /** The average roll rate (or write-off rate for the oldest bucket). */
  readonly rollRate: Decimal;
  /** `rollRate × lossRate of rollsTo` (the write-off rate itself for the oldest bucket), rounded. */
  readonly lossRate: Decimal;
  /** The forward-looking factor applied; 1 when none. */
  readonly forwardLookingFactor: Decimal;
  /** `min(1, lossRate × forwardLookingFactor)`, rounded: the rate the matrix uses. */
  readonly adjustedLossRate: Decimal;
  /** Whether `lossRate × forwardLookingFactor` exceeded 100 % and was capped. */
  readonly capped: boolean;
  /** The derivation in one line, e.g. `d31to60: 55.0% rolls to over60 (…) × 80.0% (loss rate of over60) = 44.0%`. */
  readonly explanation: string;
}

/** An IFRS 9 provision matrix derived from roll rates, with every rate explained. */
export interface RollRateProvisionMatrixResult {
  /** The adjusted loss rates as a matrix, ready for `requiredAllowance`. */
  readonly matrix: AllowanceRateMatrix;
  /** How monthly roll rates were averaged. */
  readonly averaging: 'balanceWeighted' | 'simple';
  /** One entry per bucket, from the newest to the oldest. */
  readonly buckets: readonly RollRateBucket[];
}
