import {
  scorecardsFiniteResult,
  scorecardsOddsConstants,
  scorecardsRequireFinite,
} from '../_internals/scorecardsOddsConstants.ts';
import type { PointsToOddsScaling } from './PointsToOddsScaling.ts';

/**
 * The bad:good odds a points-scale score stands for: `exp((offset − score) / factor)` (spec §7.3). In
 * binary floating point; the same on every run.
 *
 * @param score - A finite score on the scale.
 * @param scaling - Base score, bad:good base odds and points to double the odds; defaults 600, 1/19, 50.
 * @returns The bad:good odds, e.g. 1/38 ≈ 0.0263 at 650 with the defaults.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for a score that is not finite or a bad scaling, or a score
 *   so far below the base score that the odds overflow.
 *
 * @example
 * ```ts
 * import { oddsFromScore } from '@receivables/credit-scoring';
 *
 * console.log((1 / oddsFromScore(600)).toFixed(6), (1 / oddsFromScore(650)).toFixed(6)); // 19.000000 38.000000
 * ```
 */
export function oddsFromScore(score: number, scaling: PointsToOddsScaling = {}): number {
  scorecardsRequireFinite(score, 'score', 'oddsFromScore', false);
  const { factor, offset } = scorecardsOddsConstants(scaling, 'oddsFromScore');
  return scorecardsFiniteResult(
    Math.exp((offset - score) / factor),
    `the odds at score ${score}`,
    'oddsFromScore',
  );
}
