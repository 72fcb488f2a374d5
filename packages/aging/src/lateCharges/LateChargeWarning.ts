import type { IsoDate } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/**
 * The agreed rate is above four times the 1-year LPR in force on the due date: the private-lending cap
 * (民间借贷规定 art. 25). It does not cap trade debts, but courts use it as a yardstick (spec §5.2).
 */
export interface RateAboveFourTimesLprWarning {
  readonly code: 'rate_above_four_times_lpr';
  /** English text naming the figures. */
  readonly message: string;
  /** The agreed rate a year, as a fraction; a daily rate × 365. */
  readonly annualRate: Decimal;
  /** The 1-year LPR in force on the due date. */
  readonly lpr: Decimal;
  /** 4 × `lpr`. */
  readonly threshold: Decimal;
  /** The day the LPR was taken: the due date. */
  readonly lprDate: IsoDate;
}

/**
 * A debt under the SME payment regulation carries an agreed rate below the 1-year LPR in force on the due
 * date, which art. 17 of 保障中小企业款项支付条例 does not allow (spec §5.3).
 */
export interface SmeRateBelowLprWarning {
  readonly code: 'sme_rate_below_lpr';
  /** English text naming the figures. */
  readonly message: string;
  /** The agreed rate a year, as a fraction; a daily rate × 365. */
  readonly annualRate: Decimal;
  /** The 1-year LPR in force on the due date. */
  readonly lpr: Decimal;
  /** The day the LPR was taken: the due date. */
  readonly lprDate: IsoDate;
}

/**
 * The late charges are more than 30% above the actual loss, which courts generally treat as excessive
 * and may reduce (民法典 art. 585; 法释〔2023〕13号 art. 65; spec §5.2).
 */
export interface PenaltyMayBeExcessiveWarning {
  readonly code: 'penalty_may_be_excessive';
  /** English text naming the figures. */
  readonly message: string;
  /** The rounded late charges. */
  readonly penalty: Decimal;
  /** The actual loss given. */
  readonly actualLoss: Decimal;
  /** `actualLoss × 1.3`: the most that is not generally excessive. */
  readonly threshold: Decimal;
  readonly currency: string;
}

/**
 * Something about late charges that a person should look at before claiming them: data with a stable
 * `code` to branch on and an English `message` naming the figures. Warnings never change the amounts.
 */
export type LateChargeWarning =
  | RateAboveFourTimesLprWarning
  | SmeRateBelowLprWarning
  | PenaltyMayBeExcessiveWarning;
