import {
  deepFreeze,
  formatPath,
  throwValidationError,
  toValidationIssues,
  type ValidationIssue,
} from '@receivables/core';
import { scorecardsCodeIssues } from '../_internals/scorecardsCodeIssues.ts';
import { scorecardsCompile } from '../_internals/scorecardsCompile.ts';
import { scorecardsRegister } from '../_internals/scorecardsCompiled.ts';
import { defaultGradeScale } from '../grades/defaultGradeScale.ts';
import type { CustomCondition } from '../rules/CustomCondition.ts';
import type { CustomFactor } from './CustomFactor.ts';
import type { Scorecard } from './Scorecard.ts';
import type { ScorecardDefinition } from './ScorecardDefinition.ts';
import { ScorecardDefinitionSchema } from './ScorecardDefinitionSchema.ts';

/** Options of {@link createScorecard}: the code that goes with a definition. Nothing is registered globally. */
export interface CreateScorecardOptions {
  /**
   * The implementations of the definition's `{ kind: 'custom' }` factors, matched by id.
   *
   * @defaultValue `[]`
   */
  readonly customFactors?: readonly CustomFactor[];
  /**
   * Predicates for `{ custom: name }` conditions in rules and caps, by name.
   *
   * @defaultValue `{}`
   */
  readonly customConditions?: Readonly<Record<string, CustomCondition>>;
}

/**
 * Validates a scorecard definition kept as data (a JSON file, a settings row, a table exported from a
 * statistical tool) and compiles it for {@link scoreApplicant}. Every problem is reported at once with
 * its path: the shape and cross-field rules of {@link ScorecardDefinitionSchema}, plus custom factors
 * and conditions the definition names but the options lack (or passed but never named).
 *
 * @param definition - The scorecard as data; see `scorecardDefinitionJsonSchema`.
 * @param options - Custom factors and conditions written in code.
 * @returns A frozen {@link Scorecard}; the type parameter names the applicant input's shape.
 * @throws {ReceivablesError} `INVALID_SCORECARD` listing every problem in `details.issues` (negative
 *   weights, weights not adding up to `totalWeight`, duplicate or unknown ids, unknown factor kinds,
 *   bands out of order, points outside 0–100 on the percent scale, rules naming unknown grades).
 *
 * @example
 * ```ts
 * import { createScorecard, scoreApplicant } from '@receivables/credit-scoring';
 *
 * const scorecard = createScorecard({
 *   id: 'quick',
 *   totalWeight: 100,
 *   factors: [
 *     { id: 'liquidity', kind: 'bands', field: 'currentRatio', weight: 60, direction: 'higherIsBetter', label: { en: 'Liquidity', 'zh-CN': '流动性' }, bands: [{ points: 30 }, { atLeast: 1, points: 60 }, { atLeast: 2, points: 100 }] },
 *     { id: 'outlook', kind: 'categories', field: 'outlook', weight: 40, label: { en: 'Outlook', 'zh-CN': '行业前景' }, categories: [{ value: 'good', points: 100 }, { value: 'poor', points: 20 }] },
 *   ],
 * });
 * const result = scoreApplicant(scorecard, { currentRatio: 1.4, outlook: 'good' });
 * console.log(result.score, result.grade.id, result.reasons[0]?.code); // 76 A liquidity
 * try {
 *   createScorecard({ id: 'bad', totalWeight: 100, factors: [{ id: 'x', kind: 'bands', field: 'x', weight: -5, label: { en: 'X', 'zh-CN': 'X' }, bands: [{ points: 0 }] }] });
 * } catch (error) {
 *   console.log((error as Error).message.split('\n')[1]); //   factors[0].weight: Too small: expected number to be >=0 (got -5)
 * }
 * ```
 */
export function createScorecard<Input extends object = object>(
  definition: ScorecardDefinition,
  options: CreateScorecardOptions = {},
): Scorecard<Input> {
  const { customFactors = [], customConditions = {} } = options;
  const result = ScorecardDefinitionSchema.safeParse(definition, { reportInput: true });
  const issues: ValidationIssue[] = result.success ? [] : toValidationIssues(result.error.issues);
  scorecardsCodeIssues(definition, customFactors, customConditions, (code, message, _input, path) => {
    issues.push({ path, pathText: formatPath(path), code, message });
  });
  if (!result.success || issues.length > 0) {
    return throwValidationError('INVALID_SCORECARD', 'createScorecard', issues);
  }
  const valid = deepFreeze(result.data);
  const compiled = scorecardsCompile(valid, customFactors, customConditions);
  const scorecard: Scorecard<Input> = Object.freeze({
    id: valid.id,
    definition: valid,
    gradeScale: valid.gradeScale ?? defaultGradeScale,
  });
  scorecardsRegister(scorecard, compiled);
  return scorecard;
}
