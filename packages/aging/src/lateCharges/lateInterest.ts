import type { AmountInput, IsoDate, RoundingMode } from '@receivables/core';
import { decimal } from '@receivables/core';
import { lateChargesBalancePieces } from '../_internals/lateChargesBalancePieces.ts';
import { lateChargesPenaltyWarning } from '../_internals/lateChargesPenaltyWarning.ts';
import { lateChargesRatePieces } from '../_internals/lateChargesRatePieces.ts';
import { lateChargesRateWarnings } from '../_internals/lateChargesRateWarnings.ts';
import { lateChargesReadOptions } from '../_internals/lateChargesReadOptions.ts';
import { lateChargesSegment } from '../_internals/lateChargesSegment.ts';
import type { InterestRate } from './InterestRate.ts';
import type { InterestSegment } from './InterestSegment.ts';
import type { LateInterestStatement } from './LateInterestStatement.ts';
import type { PrincipalPayment } from './PrincipalPayment.ts';
import type { ReferenceRateTable } from './ReferenceRateTable.ts';

const API = 'lateInterest';

/** Options of {@link lateInterest}: the debt, the clock, the rate, and what to check. */
export interface LateInterestOptions {
  /** The debt's ISO 4217 currency, e.g. `CNY`. */
  readonly currency: string;
  /** The last day to pay without interest. */
  readonly dueDate: IsoDate;
  /** The last day interest is counted for, inclusive. */
  readonly asOf: IsoDate;
  /** The amount due on `dueDate`, at least 0, no finer than the currency's minor unit. */
  readonly principal: AmountInput;
  /**
   * Payments of principal, in any order; each counts from the day after it arrives. Together they may
   * not exceed `principal`. Payments after `asOf` do not change the result.
   *
   * @defaultValue `[]`
   */
  readonly payments?: readonly PrincipalPayment[] | undefined;
  /** The rate: fixed annual, fixed daily or on a reference; see {@link InterestRate} and the presets. */
  readonly rate: InterestRate;
  /**
   * How the total is rounded to the currency's minor unit, once, at the end.
   *
   * @defaultValue `roundHalfUp` (四舍五入)
   */
  readonly rounding?: RoundingMode | undefined;
  /**
   * Days after `dueDate` that earn no interest: interest runs from the day after `dueDate + graceDays`,
   * as if the due date were that much later. Statutory interest has no grace period.
   *
   * @defaultValue `0`
   */
  readonly graceDays?: number | undefined;
  /**
   * The 1-year LPR history. When given, an agreed fixed rate (annual, or daily × 365) is compared with the
   * LPR in force on `dueDate`: above 4 × LPR gives `rate_above_four_times_lpr`, and with `smePayment`
   * below the LPR gives `sme_rate_below_lpr`.
   *
   * @defaultValue none: no rate is compared
   */
  readonly lpr?: ReferenceRateTable | undefined;
  /**
   * The debt falls under the SME payment regulation (保障中小企业款项支付条例: an SME owed money by a
   * government body, public institution or large enterprise), so an agreed rate must be at least the
   * 1-year LPR. Requires `lpr`.
   *
   * @defaultValue `false`
   */
  readonly smePayment?: boolean | undefined;
  /**
   * The creditor's actual loss from the late payment, in the debt's currency. When given, a rounded
   * total more than 30% above it gives `penalty_may_be_excessive`.
   *
   * @defaultValue none: no comparison
   */
  readonly actualLoss?: AmountInput | undefined;
}

/**
 * Computes simple late-payment interest on a debt as of a date, segment by segment as payments reduce
 * the principal and as a reference rate moves, and rounds the total once at the end.
 *
 * Interest runs from the day after the due date (after `graceDays`, if any) through `asOf` inclusive,
 * so the number of days equals the days past due (spec §2.1). Each day earns `balance × annual rate ÷ 365`
 * (or `÷ 360`), or `balance × daily rate`, on the principal outstanding that day (spec §5.2:
 * `principal × rate/365 × DPD`). A payment reduces the principal from the day after it arrives; a payment
 * on or before the due date reduces it before interest starts. Interest already earned stays payable
 * after the principal is paid: days with nothing outstanding simply earn nothing. Reference rates are
 * fixed as {@link ReferenceRateFixing} describes (spec §7.6).
 *
 * @param options - The debt, the dates, the payments, the rate, the rounding and the checks.
 * @returns The segments, `exactTotal`, `total` rounded once, the currency and warnings.
 * @throws {ReceivablesError} `INVALID_RATE` for a malformed or negative rate or reference table
 *   (`details.issues` lists every problem), or a reference rate plus margin that comes out negative;
 *   `MISSING_REFERENCE_RATE` when a reference table (or `lpr`) has no rate for a day that needs one, naming
 *   the table and the date; `INVALID_DATE` for a date that does not exist; `INVALID_AMOUNT` for a negative
 *   principal, a payment that is not positive, or payments above the principal; `AMOUNT_TOO_PRECISE` for an
 *   amount finer than the currency's minor unit; `INVALID_CURRENCY` for an unknown currency;
 *   `INVALID_ARGUMENT` for bad `graceDays`, `rounding` or `smePayment`, or `smePayment` without `lpr`.
 *
 * @example
 * ```ts
 * import { chinaSmePaymentInterest, lateInterest } from '@receivables/aging';
 *
 * const result = lateInterest({
 *   currency: 'CNY',
 *   dueDate: '2026-01-31',
 *   asOf: '2026-03-31',
 *   principal: '100000',
 *   payments: [{ date: '2026-03-02', amount: '40000' }],
 *   rate: chinaSmePaymentInterest(),
 * });
 * const [before, after] = result.segments;
 * // 0.05% a day on 100,000 for 30 days, then on 60,000 from the day after the payment.
 * console.log(before?.from, before?.to, before?.days, before?.interest.toString()); // 2026-02-01 2026-03-02 30 1500
 * console.log(after?.from, after?.to, after?.days, after?.interest.toString()); // 2026-03-03 2026-03-31 29 870
 * console.log(result.total.toFixed(2)); // 2370.00
 * ```
 */
export function lateInterest(options: LateInterestOptions): LateInterestStatement {
  const input = lateChargesReadOptions(options, API);
  const start = input.dueDay + input.graceDays + 1;
  const segments: InterestSegment[] = [];
  let numerators = decimal(0);
  for (const piece of lateChargesBalancePieces(input.principal, input.payments, start, input.asOfDay)) {
    for (const ratePiece of lateChargesRatePieces(input.rate, piece.from, piece.to, start, API)) {
      const { segment, numerator } = lateChargesSegment(input.rate, piece.balance, ratePiece);
      segments.push(segment);
      numerators = numerators.plus(numerator);
    }
  }
  // One division, after the sum, so the only inexact step happens once (and never on a half-cent tie).
  const exactTotal = input.rate.kind === 'daily' ? numerators : numerators.dividedBy(input.rate.dayCount);
  const total = input.rounding(exactTotal, input.minorUnits);
  const warnings = [...lateChargesRateWarnings(input, API), ...lateChargesPenaltyWarning(input, total)];
  return { currency: input.currency, segments, exactTotal, total, warnings };
}
