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
  const factor = pointsToDoubleOdds / Math.LN2;
  return { factor, offset: baseScore + factor * Math.log(baseOdds) };
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
