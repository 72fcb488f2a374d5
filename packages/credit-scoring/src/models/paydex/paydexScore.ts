import { decimal, ReceivablesError } from '@receivables/core';
import {
  PAYDEX_SCALE,
  paydexReadSlope,
  paydexScaledIndex,
} from '../../_internals/modelsPaydexIndexOfDays.ts';
import { modelsReadAmount } from '../../_internals/modelsReadAmount.ts';
import { modelsReadCount } from '../../_internals/modelsReadCount.ts';
import type { PaydexOptions } from './PaydexOptions.ts';
import type { PaydexResult } from './PaydexResult.ts';
import type { PaymentExperience } from './PaymentExperience.ts';
import { paydexRiskBand } from './paydexRiskBand.ts';

const API = 'paydexScore';

/**
 * The payment-behaviour index (PAYDEX-style, spec §7.1) of a customer: each payment experience's index
 * ({@link paydexIndex}) weighted by its amount, `Σ(amount × index) ÷ Σ amount`, so a large invoice paid
 * late weighs more than many small ones paid on time. Choose the window yourself (D&B uses the last 24
 * months); the result is exact and unrounded.
 *
 * @param experiences - The payment experiences of the window.
 * @param options - The slope after the last anchor.
 * @returns The score, its band, the total amount and the number of experiences.
 * @throws {ReceivablesError} `INVALID_AMOUNT` for an amount that is negative or not a finite decimal;
 *   `INVALID_ARGUMENT` for days that are not a whole number; `ZERO_DENOMINATOR` when no experience has a
 *   positive amount (the index is undefined); `INVALID_RATE` for a bad slope.
 *
 * @example
 * ```ts
 * import { paydexScore } from '@receivables/credit-scoring';
 *
 * // 30,000 paid on time (80) and 10,000 paid 30 days late (50).
 * const result = paydexScore([
 *   { amount: '30000', daysBeyondTerms: 0 },
 *   { amount: '10000', daysBeyondTerms: 30 },
 * ]);
 * console.log(result.score.toString(), result.band); // 72.5 medium
 * ```
 */
export function paydexScore(
  experiences: readonly PaymentExperience[],
  options: PaydexOptions = {},
): PaydexResult {
  const slope = paydexReadSlope(options, API);
  let weighted = decimal(0);
  let total = decimal(0);
  experiences.forEach((experience, index) => {
    const amount = modelsReadAmount(experience.amount, API, `experiences[${index}].amount`);
    const days = modelsReadCount(
      experience.daysBeyondTerms,
      API,
      `experiences[${index}].daysBeyondTerms`,
      'any',
    );
    weighted = weighted.plus(amount.times(paydexScaledIndex(days, slope)));
    total = total.plus(amount);
  });
  if (total.isZero()) {
    throw new ReceivablesError(
      'ZERO_DENOMINATOR',
      `${API}: experiences: none of the ${experiences.length} experiences has a positive amount, so the amount-weighted index is undefined`,
      { details: { field: 'experiences', count: experiences.length } },
    );
  }
  // One division, at the end: the score is the exact weighted mean rounded once, whatever the order.
  const score = weighted.div(total.times(PAYDEX_SCALE));
  return { score, band: paydexRiskBand(score), totalAmount: total, experienceCount: experiences.length };
}
