import {
  scorecardsFiniteResult,
  scorecardsOddsConstants,
  scorecardsRequireFinite,
} from '../_internals/scorecardsOddsConstants.ts';
import type { PointsToOddsScaling } from './PointsToOddsScaling.ts';

/**
 * The points every applicant starts with in a logistic-regression scorecard: `offset − factor × intercept`
 * (spec §7.3). Put it in the scale's `basePoints`, or spread it over the factors as some tools do.
 * Floating point; round as your scorecard tool does.
 *
 * @param intercept - The logistic regression's intercept (log of the bad:good odds at WOE 0).
 * @param scaling - Base score, bad:good base odds and points to double the odds; defaults 600, 1/19, 50.
 * @returns The base points.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when the intercept is not finite, the scaling is bad or the
 *   base points overflow.
 *
 * @example
 * ```ts
 * import { basePointsFromIntercept } from '@receivables/credit-scoring';
 *
 * console.log(Math.round(basePointsFromIntercept(-2.9444389791664403))); // 600
 * ```
 */
export function basePointsFromIntercept(intercept: number, scaling: PointsToOddsScaling = {}): number {
  scorecardsRequireFinite(intercept, 'intercept', 'basePointsFromIntercept', false);
  const { factor, offset } = scorecardsOddsConstants(scaling, 'basePointsFromIntercept');
  return scorecardsFiniteResult(offset - factor * intercept, 'the base points', 'basePointsFromIntercept');
}
