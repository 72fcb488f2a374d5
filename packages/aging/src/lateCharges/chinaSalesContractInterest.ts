import { type AmountInput, decimal, ReceivablesError } from '@receivables/core';
import { lateChargesPercent } from '../_internals/lateChargesPercent.ts';
import { lateChargesPresetRate } from '../_internals/lateChargesPresetRate.ts';
import { lateChargesReadPresetRate } from '../_internals/lateChargesReadPresetRate.ts';
import type { ReferenceInterestRate } from './InterestRate.ts';
import type { ReferenceRateTable } from './ReferenceRateTable.ts';

const API = 'chinaSalesContractInterest';
const LOWEST_MARKUP = decimal('0.3');
const HIGHEST_MARKUP = decimal('0.5');

/** Options of {@link chinaSalesContractInterest}. */
export interface ChinaSalesContractInterestOptions {
  /** The 1-year LPR (一年期贷款市场报价利率) history. */
  readonly lpr: ReferenceRateTable;
  /**
   * How much is added to the LPR, as a fraction of it: from `'0.3'` (LPR + 30%) to `'0.5'` (LPR + 50%).
   * The default is the low end, so that an estimate never overstates what a court awards; claim `'0.5'`
   * to ask for the most.
   *
   * @defaultValue `'0.3'`
   */
  readonly markup?: AmountInput | undefined;
  /**
   * Accept a markup outside 30%–50% (still at least 0), e.g. to model a court's different award.
   *
   * @defaultValue `false`
   */
  readonly allowMarkupOutsideRange?: boolean | undefined;
}

/**
 * Builds the rate for late payment under a PRC sales contract with no agreed rate or amount of
 * liquidated damages, for breaches after 2019-08-20: the 1-year LPR in force when the breach occurs,
 * plus 30%–50% of it (买卖合同解释 art. 18; spec §5.2), fixed for the whole debt and divided by 365
 * (`principal × rate/365 × DPD`). Pass the result to {@link lateInterest}.
 *
 * @param options - The LPR table, the markup and whether it may leave 30%–50%.
 * @returns A `reference` rate with multiplier `1 + markup`, `fixedAtBreach` fixing and 365 days.
 * @throws {ReceivablesError} `INVALID_RATE` when the table is malformed (`details.issues` lists every
 *   problem), or the markup is not a decimal, is negative, or is outside 30%–50% without
 *   `allowMarkupOutsideRange`.
 *
 * @example
 * ```ts
 * import { chinaSalesContractInterest, lateInterest } from '@receivables/aging';
 *
 * const rate = chinaSalesContractInterest({
 *   lpr: { name: '1-year LPR', rates: [{ effectiveFrom: '2025-05-20', rate: '0.03' }] },
 *   markup: '0.5',
 * });
 * // 3% × 1.5 = 4.5% a year on CNY 365,000 for 30 days.
 * const result = lateInterest({ currency: 'CNY', dueDate: '2026-01-31', asOf: '2026-03-02', principal: '365000', rate });
 * console.log(result.total.toFixed(2)); // 1350.00
 * ```
 */
export function chinaSalesContractInterest(
  options: ChinaSalesContractInterestOptions,
): ReferenceInterestRate {
  const markup = lateChargesReadPresetRate(options?.markup ?? LOWEST_MARKUP, API, 'markup');
  const outside = markup.lessThan(LOWEST_MARKUP) || markup.greaterThan(HIGHEST_MARKUP);
  if (markup.isNegative() || (outside && options?.allowMarkupOutsideRange !== true)) {
    const why = markup.isNegative()
      ? 'is negative'
      : 'is outside the 30%–50% of 买卖合同解释 art. 18; pass allowMarkupOutsideRange to use it anyway';
    throw new ReceivablesError('INVALID_RATE', `${API}: markup ${lateChargesPercent(markup)} ${why}`, {
      details: { field: 'markup', value: markup.toString() },
    });
  }
  return lateChargesPresetRate(
    {
      kind: 'reference',
      reference: options?.lpr,
      margin: '0',
      multiplier: decimal(1).plus(markup).toString(),
      fixing: 'fixedAtBreach',
      dayCount: 365,
    },
    API,
    'lpr',
  );
}
