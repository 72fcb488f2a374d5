import type { AmountInput } from '@receivables/core';
import { modelsAltmanModel } from '../../_internals/modelsAltmanModel.ts';
import { modelsReadAmount } from '../../_internals/modelsReadAmount.ts';
import type { AltmanVariant } from './AltmanVariant.ts';
import type { AltmanZone } from './AltmanZone.ts';

/**
 * The zone of an Altman score under a model's cut-offs (spec §7.2): `distress` strictly below the lower
 * cut-off, `safe` strictly above the upper, `grey` from one to the other, both included.
 *
 * @param variant - Which Altman model the score comes from.
 * @param score - The score.
 * @returns `'distress'`, `'grey'` or `'safe'`.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for an unknown variant; `INVALID_AMOUNT` when `score` is
 *   not a finite decimal.
 *
 * @example
 * ```ts
 * import { altmanZoneForScore } from '@receivables/credit-scoring';
 *
 * console.log(altmanZoneForScore('original', '1.80'), altmanZoneForScore('original', '1.81'), altmanZoneForScore('original', '3')); // distress grey safe
 * ```
 */
export function altmanZoneForScore(variant: AltmanVariant, score: AmountInput): AltmanZone {
  const model = modelsAltmanModel(variant, 'altmanZoneForScore');
  const value = modelsReadAmount(score, 'altmanZoneForScore', 'score', 'any');
  if (value.lessThan(model.distressBelow)) return 'distress';
  return value.greaterThan(model.safeAbove) ? 'safe' : 'grey';
}
