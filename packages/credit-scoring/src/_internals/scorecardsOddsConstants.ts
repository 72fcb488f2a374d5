import { describeValue, ReceivablesError } from '@receivables/core';
import type { PointsToOddsConstants } from '../scorecards/PointsToOddsConstants.ts';
import type { PointsToOddsScaling } from '../scorecards/PointsToOddsScaling.ts';

/**
 * Checks a scaling and works out its constants, naming the public function in errors.
 *
 * @internal
 */
export function scorecardsOddsConstants(scaling: PointsToOddsScaling, api: string): PointsToOddsConstants {
  const { baseScore = 600, baseOdds = 1 / 19, pointsToDoubleOdds = 50 } = scaling;
  const problem = (name: string, value: number, reason: string): never => {
    throw new ReceivablesError('INVALID_ARGUMENT', `${api}: ${name} ${describeValue(value)} ${reason}`, {
      details: { value, field: name },
    });
  };
  if (!Number.isFinite(baseScore)) problem('baseScore', baseScore, 'is not a finite number');
  if (!(Number.isFinite(baseOdds) && baseOdds > 0))
    problem('baseOdds', baseOdds, 'is not a positive finite number');
  if (!(Number.isFinite(pointsToDoubleOdds) && pointsToDoubleOdds > 0)) {
    problem('pointsToDoubleOdds', pointsToDoubleOdds, 'is not a positive finite number');
  }
  const factor = scorecardsFiniteResult(pointsToDoubleOdds / Math.LN2, 'the scale factor', api);
  return {
    factor,
    offset: scorecardsFiniteResult(baseScore + factor * Math.log(baseOdds), 'the offset', api),
  };
}

/**
 * Returns a figure computed in floating point (a score, odds, a constant), or throws `INVALID_ARGUMENT`
 * when it overflowed to an infinity: finite inputs so far from the scale's base that the result exceeds
 * the largest double.
 *
 * @internal
 */
export function scorecardsFiniteResult(value: number, what: string, api: string): number {
  if (Number.isFinite(value)) return value;
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `${api}: cannot compute ${what}: the result overflows to ${value}; the inputs lie too far from the scale's base`,
    { details: { value: String(value) } },
  );
}

/**
 * Refuses a score or odds value that is not a finite number (or, for odds, not positive).
 *
 * @internal
 */
export function scorecardsRequireFinite(value: number, name: string, api: string, positive: boolean): void {
  if (Number.isFinite(value) && (!positive || value > 0)) return;
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `${api}: ${name} ${describeValue(value)} is not a ${positive ? 'positive ' : ''}finite number`,
    { details: { value } },
  );
}
