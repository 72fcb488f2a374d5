import {
  scorecardsFiniteResult,
  scorecardsOddsConstants,
  scorecardsRequireFinite,
} from '../_internals/scorecardsOddsConstants.ts';
import type { PointsToOddsScaling } from './PointsToOddsScaling.ts';

/**
 * The points of one attribute (bin) of a logistic-regression scorecard: `−factor × coefficient × WOE`
 * (spec §7.3), the model predicting the log of the bad:good odds. Use it to build a points-scale bands
 * table from a model's coefficients and weights of evidence; {@link basePointsFromIntercept} gives the
 * points every applicant starts with. Floating point; round as your scorecard tool does.
 *
 * @param coefficient - The variable's logistic-regression coefficient.
 * @param woe - The bin's weight of evidence.
 * @param scaling - Base score, bad:good base odds and points to double the odds; defaults 600, 1/19, 50.
 * @returns The bin's points.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when an input is not finite, the scaling is bad or the
 *   points overflow.
 *
 * @example
 * ```ts
 * import { pointsFromWoe } from '@receivables/credit-scoring';
 *
 * console.log(Math.round(pointsFromWoe(0.8, -0.5)), Math.round(pointsFromWoe(0.8, 0.4))); // 29 -23
 * ```
 */
export function pointsFromWoe(coefficient: number, woe: number, scaling: PointsToOddsScaling = {}): number {
  scorecardsRequireFinite(coefficient, 'coefficient', 'pointsFromWoe', false);
  scorecardsRequireFinite(woe, 'woe', 'pointsFromWoe', false);
  const points = -scorecardsOddsConstants(scaling, 'pointsFromWoe').factor * coefficient * woe;
  scorecardsFiniteResult(points, 'the points', 'pointsFromWoe');
  return points === 0 ? 0 : points;
}
