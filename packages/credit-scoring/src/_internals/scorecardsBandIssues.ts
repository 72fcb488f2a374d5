import {
  type ScorecardsReport,
  scorecardsArray,
  scorecardsNumber,
  scorecardsRecord,
} from './scorecardsRaw.ts';

interface RawBound {
  readonly index: number;
  readonly value: number;
  readonly inclusive: boolean;
}

/**
 * Checks a bands factor's bands: the first band unbounded, each later band with exactly one bound, bounds
 * increasing (`atLeast x` then `above x` is the only equal pair, a band holding just x), and points
 * monotone in the declared good direction.
 *
 * @internal
 */
export function scorecardsBandIssues(
  factor: unknown,
  path: readonly (string | number)[],
  report: ScorecardsReport,
): void {
  const { bands, direction } = scorecardsRecord(factor);
  const rows = scorecardsArray(bands).map(scorecardsRecord);
  const bounds: RawBound[] = [];
  rows.forEach((band, index) => {
    const at = [...path, 'bands', index];
    const hasAtLeast = 'atLeast' in band;
    const hasAbove = 'above' in band;
    if (index === 0 && (hasAtLeast || hasAbove)) {
      report(
        'first_band_bounded',
        'the first band takes every value below the second: drop its bound',
        band,
        at,
      );
      return;
    }
    if (index > 0 && hasAtLeast === hasAbove) {
      report('band_bound', 'a band after the first needs exactly one bound, "atLeast" or "above"', band, at);
      return;
    }
    const value = scorecardsNumber(hasAtLeast ? band.atLeast : band.above);
    if (value !== undefined) bounds.push({ index, value, inclusive: hasAtLeast });
  });
  for (let k = 1; k < bounds.length; k += 1) {
    const before = bounds[k - 1]!;
    const after = bounds[k]!;
    const increasing =
      after.value > before.value || (after.value === before.value && before.inclusive && !after.inclusive);
    if (!increasing) {
      const key = after.inclusive ? 'atLeast' : 'above';
      const message = `bound ${after.value} must be above the bound ${before.value} of bands[${before.index}]: list bands in increasing order`;
      report('bands_not_increasing', message, after.value, [...path, 'bands', after.index, key]);
    }
  }
  if (direction !== 'higherIsBetter' && direction !== 'lowerIsBetter') return;
  const sign = direction === 'higherIsBetter' ? 1 : -1;
  for (let index = 1; index < rows.length; index += 1) {
    const previous = scorecardsNumber(rows[index - 1]!.points);
    const points = scorecardsNumber(rows[index]!.points);
    if (previous === undefined || points === undefined || sign * (points - previous) >= 0) continue;
    const message = `points ${points} ${sign > 0 ? 'fall below' : 'rise above'} the ${previous} of the band before, yet the factor says ${direction}`;
    report('bands_not_monotone', message, points, [...path, 'bands', index, 'points']);
  }
}
