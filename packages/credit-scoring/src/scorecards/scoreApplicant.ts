import { ReceivablesError } from '@receivables/core';
import { rulesApply } from '../_internals/rulesCompileRules.ts';
import { type ScorecardsCompiled, scorecardsLookup } from '../_internals/scorecardsCompiled.ts';
import type { ScorecardsCompiledFactor } from '../_internals/scorecardsCompiledFactor.ts';
import { scorecardsFiniteResult } from '../_internals/scorecardsOddsConstants.ts';
import type { ScorecardsReadExtras } from '../_internals/scorecardsReadFactor.ts';
import { scorecardsRound } from '../_internals/scorecardsRound.ts';
import { gradeForScore } from '../grades/gradeForScore.ts';
import type { AppliedRule } from '../rules/AppliedRule.ts';
import type { FactorResult } from './FactorResult.ts';
import type { Scorecard } from './Scorecard.ts';
import type { ScoreReason } from './ScoreReason.ts';
import type { ScoreResult } from './ScoreResult.ts';

/**
 * Scores one applicant and explains the result: each factor's value, points, weight and contribution,
 * the reasons that lowered the score most (stable codes, labels in en and zh-CN), the grade the score
 * earns, and the knock-out and cap rules that then applied.
 *
 * On the 0–100 scale the score is `Σ weight × points ÷ Σ weight` over the factors with a value (a
 * `neutral` missing factor drops out); on the points scale it is `basePoints + Σ weight × points`.
 * Arithmetic is binary floating point, rounded half away from zero to the scorecard's `scoreDecimals`
 * (default 2): factor points first, then the score, contributions and lost points, so that the grade
 * follows the score shown. Equal inputs always give equal results.
 *
 * @param scorecard - A scorecard from `createScorecard` (or `sevenItemScorecard`).
 * @param input - The applicant's facts: an object whose own properties the factors and rules read.
 * @returns The score, grades before and after the rules, and the explanation.
 * @throws {ReceivablesError} `MISSING_FACTOR_VALUE` when a factor with the `reject` policy has no value,
 *   or no factor has one; `INVALID_ARGUMENT` for a value that is NaN, infinite, of the wrong type, outside
 *   a factor's valid range or not one of its categories, when `scorecard` was not made by
 *   `createScorecard`, or when the score lies so far below a points scale's base that the odds overflow;
 *   `INVALID_SCORECARD` when a custom factor returns points outside its range.
 *
 * @example
 * ```ts
 * import { scoreApplicant, sevenItemScorecard } from '@receivables/credit-scoring';
 *
 * const result = scoreApplicant(sevenItemScorecard, {
 *   onTimeRatio: 0.9, brokenPromises: 1, currentRatio: 1.6, debtToAssets: 0.55, collateralCoverage: 0.5,
 *   outlook: 'neutral', operatingCashFlowToCurrentLiabilities: 0.15, yearsTrading: 4, companyAgeYears: 10,
 *   maxDaysPastDue: 95,
 * });
 * console.log(result.score, result.gradeBeforeRules.id, result.grade.id, result.rulesApplied[0]?.id); // 74 A C over90DaysPastDue
 * console.log(result.reasons.map((reason) => `${reason.code} −${reason.impact}`).join(', ')); // PAYMENT_RECORD −6, WEAK_CASH_FLOW −6, LITTLE_COLLATERAL −4, INDUSTRY_OUTLOOK −4
 * ```
 */
export function scoreApplicant<Input extends object>(scorecard: Scorecard<Input>, input: Input): ScoreResult {
  const compiled = scorecardsLookup(scorecard);
  if (compiled === undefined) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      'scoreApplicant: the scorecard was not made by createScorecard; build it with createScorecard(definition)',
    );
  }
  if (typeof input !== 'object' || input === null) {
    throw new ReceivablesError('INVALID_ARGUMENT', 'scoreApplicant: the applicant input must be an object');
  }
  return scoreCompiled(compiled, input);
}

/** A factor result while the score is being added up: its contribution is set once the total weight is known. */
type FactorDraft = { -readonly [Key in keyof FactorResult]: FactorResult[Key] };

function scoreCompiled(compiled: ScorecardsCompiled, input: object): ScoreResult {
  const { factors, roundingScale } = compiled;
  const count = factors.length;
  const results: FactorDraft[] = new Array(count);
  let totalWeight = 0;
  let weighted = 0;
  for (let index = 0; index < count; index += 1) {
    const factor = factors[index]!;
    const result = readFactor(factor, input, roundingScale);
    results[index] = result;
    if (result.points === null) continue;
    totalWeight += factor.weight;
    weighted += factor.weight * result.points;
  }
  const percent = compiled.scale === 'percent';
  if (percent && totalWeight === 0) {
    throw new ReceivablesError(
      'MISSING_FACTOR_VALUE',
      `scoreApplicant: scorecard ${JSON.stringify(compiled.id)} has no weighted factor with a value to score`,
    );
  }
  const divisor = percent ? totalWeight : 1;
  const score = round(percent ? weighted / totalWeight : compiled.basePoints + weighted, roundingScale);
  const reasons: ScoreReason[] = [];
  const maxReasons = compiled.maxReasons;
  for (let index = 0; index < count; index += 1) {
    const factor = factors[index]!;
    const result = results[index]!;
    const points = result.points;
    if (points === null) continue;
    result.contribution = round((factor.weight * points) / divisor, roundingScale);
    const impact = round((factor.weight * (factor.bestPoints - points)) / divisor, roundingScale);
    if (impact > 0) insertReason(reasons, maxReasons, factor, impact);
  }
  const grades = compiled.gradeScale.grades;
  const before = gradeIndexForScore(compiled, score);
  const rulesApplied: AppliedRule[] = [];
  const after = rulesApply(compiled.rules, before, input, rulesApplied);
  return {
    scorecardId: compiled.id,
    scale: compiled.scale,
    score,
    odds:
      compiled.odds === undefined
        ? null
        : scorecardsFiniteResult(
            Math.exp((compiled.odds.offset - score) / compiled.odds.factor),
            `the odds at score ${score}`,
            'scoreApplicant',
          ),
    grade: grades[after]!,
    gradeBeforeRules: grades[before]!,
    factors: results,
    reasons,
    rulesApplied,
  };
}

/** Bound once: a local name keeps the hot loop free of lookups through the module's exports. */
const round = scorecardsRound;

/** The position in the grade scale of the grade `gradeForScore` gives, without searching for it again. */
function gradeIndexForScore(compiled: ScorecardsCompiled, score: number): number {
  const grades = compiled.gradeScale.grades;
  // gradeForScore refuses a score that is not finite, with its own message.
  if (!Number.isFinite(score)) return grades.indexOf(gradeForScore(compiled.gradeScale, score));
  const last = grades.length - 1;
  for (let index = 0; index < last; index += 1) if (score >= grades[index]!.minScore) return index;
  return last;
}

const extras: ScorecardsReadExtras = { value: null, imputed: false };

function readFactor(factor: ScorecardsCompiledFactor, input: object, roundingScale: number): FactorDraft {
  let points = factor.read(input, extras);
  const { value, imputed } = extras;
  const missing = Number.isNaN(points);
  if (missing) {
    if (factor.missing === 'reject') {
      throw new ReceivablesError(
        'MISSING_FACTOR_VALUE',
        `scoreApplicant: factor ${JSON.stringify(factor.id)} has no value and its missing-value policy is reject`,
        { details: { factorId: factor.id } },
      );
    }
    if (factor.missing === 'neutral') {
      const { id, label, weight } = factor;
      return { id, label, value, points: null, weight, contribution: 0, missing, cappedAt: null };
    }
    points = factor.missing;
  }
  let cappedAt: number | null = null;
  const caps = factor.caps;
  for (let index = 0; index < caps.length; index += 1) {
    const cap = caps[index]!;
    // Every cap is tested, so that a malformed input is refused whatever the points.
    if (cap.when.test(input) && cap.atMost < points) {
      points = cap.atMost;
      cappedAt = cap.atMost;
    }
  }
  return {
    id: factor.id,
    label: factor.label,
    value,
    points: round(points, roundingScale),
    weight: factor.weight,
    contribution: 0,
    missing: missing || imputed,
    cappedAt,
  };
}

/**
 * Keeps at most `limit` reasons, sorted by lost points, largest first; ties stay in the definition's
 * order. A reason that would fall off the end is never built.
 */
function insertReason(
  reasons: ScoreReason[],
  limit: number,
  factor: ScorecardsCompiledFactor,
  impact: number,
): void {
  let index = reasons.length;
  while (index > 0 && reasons[index - 1]!.impact < impact) index -= 1;
  if (index >= limit) return;
  const reason: ScoreReason = {
    code: factor.reason.code,
    factorId: factor.id,
    impact,
    label: factor.reason.label,
  };
  if (reasons.length < limit) reasons.push(reason);
  for (let position = reasons.length - 1; position > index; position -= 1)
    reasons[position] = reasons[position - 1]!;
  reasons[index] = reason;
}
