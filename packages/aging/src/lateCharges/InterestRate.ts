import type { AmountInput } from '@receivables/core';
import type { InterestDayCount } from './InterestDayCount.ts';
import type { ReferenceRateFixing } from './ReferenceRateFixing.ts';
import type { ReferenceRateTable } from './ReferenceRateTable.ts';

/** A fixed annual rate: a day's interest is `balance × rate ÷ dayCount`. */
export interface AnnualInterestRate {
  readonly kind: 'annual';
  /** The annual rate as a fraction, at least 0: `'0.12'` for 12% a year. */
  readonly rate: AmountInput;
  /** Divide the annual rate by 365 or by 360 for one day. */
  readonly dayCount: InterestDayCount;
}

/** A fixed daily rate: a day's interest is `balance × rate`. */
export interface DailyInterestRate {
  readonly kind: 'daily';
  /** The daily rate as a fraction, at least 0: `'0.0005'` for 0.05% a day (万分之五). */
  readonly rate: AmountInput;
}

/**
 * A rate that follows a published reference rate: `reference × multiplier + margin` a year, with the
 * reference taken on the fixing dates of `fixing`, and a day's interest `balance × rate ÷ dayCount`.
 */
export interface ReferenceInterestRate {
  readonly kind: 'reference';
  /** The reference rate's history, e.g. the ECB main refinancing rate. */
  readonly reference: ReferenceRateTable;
  /**
   * Percentage points added, as a fraction, at least 0: `'0.08'` for 8 points.
   *
   * @defaultValue `'0'`
   */
  readonly margin?: AmountInput | undefined;
  /**
   * Factor applied to the reference before the margin, at least 0: `'1.3'` for LPR + 30%.
   *
   * @defaultValue `'1'`
   */
  readonly multiplier?: AmountInput | undefined;
  /** Which day's reference rate applies; see {@link ReferenceRateFixing}. */
  readonly fixing: ReferenceRateFixing;
  /** Divide the annual rate by 365 or by 360 for one day. */
  readonly dayCount: InterestDayCount;
}

/**
 * A late-payment interest rate as data, ready to be kept in a file: a fixed annual rate, a fixed daily
 * rate, or a rate that follows a reference rate. Rates are fractions (`'0.05'` is 5%), written as decimal
 * strings so they stay exact. Validate one with {@link InterestRateSchema} or {@link parseInterestRate}.
 */
export type InterestRate = AnnualInterestRate | DailyInterestRate | ReferenceInterestRate;
