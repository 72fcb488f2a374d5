import { type AmountInput, decimal, relabelError } from '@receivables/core';
import type { PaydexBand } from './PaydexBand.ts';

/**
 * The risk band of a payment-behaviour index (spec §7.1): `low` from 80, `medium` from 50 to below 80,
 * `high` below 50. Fractional indices fall in the band of the bound they reach, so 79.9 is `medium`.
 *
 * @param score - An index, e.g. `paydexScore(...).score`.
 * @returns `'low'`, `'medium'` or `'high'`.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when `score` is not a finite decimal.
 *
 * @example
 * ```ts
 * import { paydexRiskBand } from '@receivables/credit-scoring';
 *
 * console.log(paydexRiskBand(80), paydexRiskBand('79.9'), paydexRiskBand(49)); // low medium high
 * ```
 */
export function paydexRiskBand(score: AmountInput): PaydexBand {
  let value: ReturnType<typeof decimal>;
  try {
    value = decimal(score, { field: 'score' });
  } catch (error) {
    throw relabelError(error, 'decimal', 'paydexRiskBand');
  }
  if (value.greaterThanOrEqualTo(80)) return 'low';
  return value.greaterThanOrEqualTo(50) ? 'medium' : 'high';
}
