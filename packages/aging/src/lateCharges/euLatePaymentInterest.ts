import { type AmountInput, decimal, ReceivablesError } from '@receivables/core';
import { lateChargesPercent } from '../_internals/lateChargesPercent.ts';
import { lateChargesPresetRate } from '../_internals/lateChargesPresetRate.ts';
import { lateChargesReadPresetRate } from '../_internals/lateChargesReadPresetRate.ts';
import type { InterestDayCount } from './InterestDayCount.ts';
import type { ReferenceInterestRate } from './InterestRate.ts';
import type { ReferenceRateTable } from './ReferenceRateTable.ts';

const API = 'euLatePaymentInterest';
const STATUTORY_MARGIN = decimal('0.08');

/** Options of {@link euLatePaymentInterest}. */
export interface EuLatePaymentInterestOptions {
  /**
   * The reference rate: the ECB main refinancing rate for the euro area, or the national central bank's
   * equivalent rate in a Member State outside the euro.
   */
  readonly reference: ReferenceRateTable;
  /**
   * Points over the reference, as a fraction: at least `'0.08'`, the directive's minimum; a Member State
   * may set more.
   *
   * @defaultValue `'0.08'`
   */
  readonly margin?: AmountInput | undefined;
  /**
   * The day count; the directive leaves it to national law and most Member States divide by 365.
   *
   * @defaultValue `365`
   */
  readonly dayCount?: InterestDayCount | undefined;
}

/**
 * Builds the statutory late-payment interest rate of EU Directive 2011/7/EU: simple interest at the
 * reference rate plus at least 8 percentage points (art. 2(6)), the reference being the rate in force on
 * 1 January for January–June and on 1 July for July–December, running from the day after the due date
 * (spec §7.6). Pass the result to {@link lateInterest}; add {@link euFixedCompensation} per late invoice.
 *
 * @param options - The reference rate table, the margin and the day count.
 * @returns A `reference` rate with `halfYear` fixing, as plain data.
 * @throws {ReceivablesError} `INVALID_RATE` when the table is malformed (`details.issues` lists every
 *   problem), the margin is not a decimal or is below 8 points, or the day count is not 365 or 360.
 *
 * @example
 * ```ts
 * import { euLatePaymentInterest, lateInterest } from '@receivables/aging';
 *
 * // Illustrative reference rates, not an official series.
 * const rate = euLatePaymentInterest({
 *   reference: {
 *     name: 'ECB main refinancing rate',
 *     rates: [
 *       { effectiveFrom: '2025-06-11', rate: '0.0215' },
 *       { effectiveFrom: '2026-06-10', rate: '0.0200' },
 *     ],
 *   },
 * });
 * const result = lateInterest({ currency: 'EUR', dueDate: '2026-06-20', asOf: '2026-07-10', principal: '36500', rate });
 * console.log(result.segments.map((s) => `${s.from}..${s.to} ${s.kind === 'annual' ? s.annualRate : ''}`)); // ["2026-06-21..2026-06-30 0.1015","2026-07-01..2026-07-10 0.1"]
 * console.log(result.total.toFixed(2)); // 201.50
 * ```
 */
export function euLatePaymentInterest(options: EuLatePaymentInterestOptions): ReferenceInterestRate {
  const margin = lateChargesReadPresetRate(options?.margin ?? STATUTORY_MARGIN, API, 'margin');
  if (margin.lessThan(STATUTORY_MARGIN)) {
    throw new ReceivablesError(
      'INVALID_RATE',
      `${API}: margin ${lateChargesPercent(margin)} is below the 8 points of Directive 2011/7/EU art. 2(6); agree a contractual rate instead`,
      { details: { field: 'margin', value: margin.toString(), minimum: STATUTORY_MARGIN.toString() } },
    );
  }
  return lateChargesPresetRate(
    {
      kind: 'reference',
      reference: options?.reference,
      margin: margin.toString(),
      multiplier: '1',
      fixing: 'halfYear',
      dayCount: options?.dayCount ?? 365,
    },
    API,
    'reference',
  );
}
