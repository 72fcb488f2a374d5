import {
  scorecardsFiniteResult,
  scorecardsOddsConstants,
  scorecardsRequireFinite,
} from '../_internals/scorecardsOddsConstants.ts';
import type { PointsToOddsScaling } from './PointsToOddsScaling.ts';

/**
 * The points-scale score of given bad:good odds: `offset − factor × ln(odds)` (spec §7.3). In binary
 * floating point; the same on every run.
 *
 * @param odds - Positive bad:good odds, e.g. 1/19.
 * @param scaling - Base score, bad:good base odds and points to double the odds; defaults 600, 1/19, 50.
 * @returns The score.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when the odds are not a positive finite number or the scaling is bad,
 *   or the score overflows.
 *
 * @example
 * ```ts
 * import { scoreFromOdds } from '@receivables/credit-scoring';
 *
 * console.log(scoreFromOdds(1 / 19), scoreFromOdds(1 / 38), scoreFromOdds(1 / 19, { baseScore: 500, pointsToDoubleOdds: 20 })); // 600 650 500
 * ```
 */
export function scoreFromOdds(odds: number, scaling: PointsToOddsScaling = {}): number {
  scorecardsRequireFinite(odds, 'odds', 'scoreFromOdds', true);
  const { factor, offset } = scorecardsOddsConstants(scaling, 'scoreFromOdds');
  return scorecardsFiniteResult(
    offset - factor * Math.log(odds),
    `the score at odds ${odds}`,
    'scoreFromOdds',
  );
}
