import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  basePointsFromIntercept,
  oddsFromScore,
  pointsFromWoe,
  pointsToOdds,
  scoreFromOdds,
} from '../../index.ts';

const code = (value: string) => expect.objectContaining({ code: value });

describe('pointsToOdds with the common defaults (600 at bad:good 1/19, PDO 50)', () => {
  it('has factor PDO/ln 2 and offset 600 + factor × ln(1/19)', () => {
    const { factor, offset } = pointsToOdds();
    expect(factor).toBeCloseTo(72.134752, 6);
    expect(offset).toBeCloseTo(387.603624, 6);
    expect(offset).toBeCloseTo(600 - factor * Math.log(19), 9);
  });

  it('puts 600 at odds 1/19, 650 at 1/38 and 550 at 2/19', () => {
    expect(scoreFromOdds(1 / 19)).toBeCloseTo(600, 9);
    expect(scoreFromOdds(1 / 38)).toBeCloseTo(650, 9);
    expect(scoreFromOdds(2 / 19)).toBeCloseTo(550, 9);
    expect(oddsFromScore(600)).toBeCloseTo(1 / 19, 12);
    expect(oddsFromScore(700)).toBeCloseTo(1 / 76, 12);
  });

  it('takes other scalings', () => {
    const scaling = { baseScore: 500, baseOdds: 1 / 50, pointsToDoubleOdds: 20 };
    expect(scoreFromOdds(1 / 50, scaling)).toBeCloseTo(500, 9);
    expect(scoreFromOdds(1 / 100, scaling)).toBeCloseTo(520, 9);
  });

  it('gives attribute and base points from a logistic model', () => {
    const { factor } = pointsToOdds();
    expect(pointsFromWoe(0.8, -0.5)).toBeCloseTo(0.4 * factor, 9);
    expect(pointsFromWoe(0, 1)).toBe(0);
    expect(basePointsFromIntercept(Math.log(1 / 19))).toBeCloseTo(600, 9);
  });

  it('is deterministic: the same call gives the same bits', () => {
    expect(Object.is(oddsFromScore(612.34), oddsFromScore(612.34))).toBe(true);
  });
});

describe('bad input raises INVALID_ARGUMENT', () => {
  it.each([
    [() => pointsToOdds({ pointsToDoubleOdds: 0 })],
    [() => pointsToOdds({ pointsToDoubleOdds: -50 })],
    [() => pointsToOdds({ baseOdds: 0 })],
    [() => pointsToOdds({ baseOdds: Number.NaN })],
    [() => pointsToOdds({ baseScore: Number.POSITIVE_INFINITY })],
    [() => oddsFromScore(Number.NaN)],
    [() => scoreFromOdds(0)],
    [() => scoreFromOdds(-1)],
    [() => scoreFromOdds(Number.POSITIVE_INFINITY)],
    [() => pointsFromWoe(Number.NaN, 1)],
    [() => basePointsFromIntercept(Number.NEGATIVE_INFINITY)],
  ])('case %#', (run) => {
    expect(run).toThrow(code('INVALID_ARGUMENT'));
  });

  it('names the function and the value', () => {
    expect(() => scoreFromOdds(-1)).toThrow('scoreFromOdds: odds -1 is not a positive finite number');
  });
});

const scaling = fc.record({
  baseScore: fc.double({ min: 0, max: 1000, noNaN: true }),
  baseOdds: fc.double({ min: 1e-4, max: 100, noNaN: true }),
  pointsToDoubleOdds: fc.double({ min: 1, max: 200, noNaN: true }),
});

describe('properties', () => {
  it('round-trips: the score of the odds of a score is the score', () => {
    fc.assert(
      fc.property(scaling, fc.double({ min: 0, max: 1000, noNaN: true }), (options, score) => {
        expect(scoreFromOdds(oddsFromScore(score, options), options)).toBeCloseTo(score, 6);
      }),
    );
  });

  it('adding PDO points halves the bad:good odds', () => {
    fc.assert(
      fc.property(scaling, fc.double({ min: 0, max: 1000, noNaN: true }), (options, score) => {
        const ratio =
          oddsFromScore(score + options.pointsToDoubleOdds, options) / oddsFromScore(score, options);
        expect(ratio).toBeCloseTo(0.5, 9);
      }),
    );
  });

  it('a higher score never means worse odds', () => {
    fc.assert(
      fc.property(
        scaling,
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (options, score, gain) => {
          expect(oddsFromScore(score + gain, options)).toBeLessThanOrEqual(oddsFromScore(score, options));
        },
      ),
    );
  });
});
