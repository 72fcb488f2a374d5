import { lateChargesPresetRate } from '../_internals/lateChargesPresetRate.ts';
import type { ReferenceInterestRate } from './InterestRate.ts';
import type { ReferenceRateTable } from './ReferenceRateTable.ts';

const API = 'ukLatePaymentInterest';

/** Options of {@link ukLatePaymentInterest}. */
export interface UkLatePaymentInterestOptions {
  /** The Bank of England base rate (official dealing rate) history. */
  readonly reference: ReferenceRateTable;
}

/**
 * Builds the statutory interest rate of the UK Late Payment of Commercial Debts (Interest) Act 1998: simple
 * interest at the Bank of England base rate plus 8% a year, the base rate being the one in force on
 * 31 December for interest that starts to run in January–June, or on 30 June for July–December, and then
 * fixed for the whole debt (Rate of Interest (No. 3) Order 2002 art. 4; spec §7.6). A day is 1/365 of the
 * annual rate. Pass the result to {@link lateInterest}; add {@link ukFixedCompensation} per debt.
 *
 * @param options - The base-rate table.
 * @returns A `reference` rate with margin 8 points, `fixedAtDue` fixing and 365 days, as plain data.
 * @throws {ReceivablesError} `INVALID_RATE` when the table is malformed; `details.issues` lists every problem.
 *
 * @example
 * ```ts
 * import { lateInterest, ukLatePaymentInterest } from '@receivables/aging';
 *
 * // Illustrative base rates, not the official series.
 * const rate = ukLatePaymentInterest({
 *   reference: {
 *     name: 'Bank of England base rate',
 *     rates: [
 *       { effectiveFrom: '2025-05-08', rate: '0.0425' },
 *       { effectiveFrom: '2025-08-07', rate: '0.04' },
 *     ],
 *   },
 * });
 * // Interest starts to run on 2025-08-01, so the rate in force on 30 June 2025 applies throughout.
 * const result = lateInterest({ currency: 'GBP', dueDate: '2025-07-31', asOf: '2025-09-08', principal: '7300', rate });
 * console.log(result.segments.length, result.segments[0]?.days, result.total.toFixed(2)); // 1 39 95.55
 * ```
 */
export function ukLatePaymentInterest(options: UkLatePaymentInterestOptions): ReferenceInterestRate {
  return lateChargesPresetRate(
    {
      kind: 'reference',
      reference: options?.reference,
      margin: '0.08',
      multiplier: '1',
      fixing: 'fixedAtDue',
      dayCount: 365,
    },
    API,
    'reference',
  );
}
