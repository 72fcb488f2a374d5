import { scorecardsOddsConstants } from '../_internals/scorecardsOddsConstants.ts';
import type { PointsToOddsConstants } from './PointsToOddsConstants.ts';
import type { PointsToOddsScaling } from './PointsToOddsScaling.ts';

/**
 * Works out the constants of a points-to-odds scale (spec §7.3): `factor = PDO / ln 2` and
 * `offset = baseScore + factor × ln(baseOdds)` with bad:good base odds (the same as
 * `baseScore − factor × ln(good:bad odds)`). Computed in binary floating point: `ln` has no exact
 * decimal form; results are the same on every run.
 *
 * @param scaling - Base score, bad:good base odds and points to double the odds; defaults 600, 1/19, 50.
 * @returns The factor and offset.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when the base score is not finite, the odds or PDO are not
 *   positive, or the constants overflow.
 *
 * @example
 * ```ts
 * import { pointsToOdds } from '@receivables/credit-scoring';
 *
 * const { factor, offset } = pointsToOdds();
 * console.log(factor.toFixed(4), offset.toFixed(4)); // 72.1348 387.6036
 * ```
 */
export function pointsToOdds(scaling: PointsToOddsScaling = {}): PointsToOddsConstants {
  return scorecardsOddsConstants(scaling, 'pointsToOdds');
}
