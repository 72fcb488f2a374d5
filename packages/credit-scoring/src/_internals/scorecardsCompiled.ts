import type { GradeScale } from '../grades/GradeScale.ts';
import type { Scorecard } from '../scorecards/Scorecard.ts';
import type { RulesCompiledRule } from './rulesCompileRules.ts';
import type { ScorecardsCompiledFactor } from './scorecardsCompiledFactor.ts';

/** Everything `scoreApplicant` needs, resolved once by `createScorecard`. @internal */
export interface ScorecardsCompiled {
  readonly id: string;
  readonly scale: 'percent' | 'points';
  readonly basePoints: number;
  /** Points-to-odds constants on the points scale. */
  readonly odds: { readonly factor: number; readonly offset: number } | undefined;
  readonly factors: readonly ScorecardsCompiledFactor[];
  readonly rules: readonly RulesCompiledRule[];
  readonly gradeScale: GradeScale;
  /** 10^scoreDecimals. */
  readonly roundingScale: number;
  readonly maxReasons: number;
}

const compiledScorecards = new WeakMap<object, ScorecardsCompiled>();

/**
 * Remembers the compiled form of a scorecard. A registry keyed by the frozen scorecard keeps the public
 * object plain data while no caller can forge or alter the compiled part.
 *
 * @internal
 */
export function scorecardsRegister(scorecard: Scorecard<object>, compiled: ScorecardsCompiled): void {
  compiledScorecards.set(scorecard, compiled);
}

/**
 * The compiled form of a scorecard made by `createScorecard`, or `undefined` for any other object.
 *
 * @internal
 */
export function scorecardsLookup(scorecard: unknown): ScorecardsCompiled | undefined {
  return typeof scorecard === 'object' && scorecard !== null ? compiledScorecards.get(scorecard) : undefined;
}
