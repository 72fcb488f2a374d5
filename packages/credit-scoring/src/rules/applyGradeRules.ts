import {
  formatPath,
  throwValidationError,
  toValidationIssues,
  type ValidationIssue,
} from '@receivables/core';
import * as z from 'zod';
import { gradesIndexOf } from '../_internals/gradesIndexOf.ts';
import { rulesApply, rulesCompileRules } from '../_internals/rulesCompileRules.ts';
import { rulesGradeRuleSchema } from '../_internals/rulesGradeRuleSchema.ts';
import { scorecardsCodeIssues } from '../_internals/scorecardsCodeIssues.ts';
import { scorecardsArray, scorecardsRecord } from '../_internals/scorecardsRaw.ts';
import type { GradeScale } from '../grades/GradeScale.ts';
import type { AppliedRule } from './AppliedRule.ts';
import type { CustomCondition } from './CustomCondition.ts';
import type { GradeRule } from './GradeRule.ts';
import type { GradeRulesResult } from './GradeRulesResult.ts';

/** Options of {@link applyGradeRules}. */
export interface ApplyGradeRulesOptions {
  /**
   * Predicates for `{ custom: name }` conditions, by name.
   *
   * @defaultValue `{}`
   */
  readonly customConditions?: Readonly<Record<string, CustomCondition>>;
}

/**
 * Applies knock-out and cap rules to a grade that came from anywhere (a scorecard, a PAYDEX band, an
 * analyst). Every rule whose condition holds is listed, in order; the grade only ever goes down.
 * `scoreApplicant` does this for a scorecard's own rules.
 *
 * @param scale - The grade scale of the grade and the rules.
 * @param gradeId - The grade before the rules.
 * @param rules - The rules as data, e.g. `defaultGradeRules`.
 * @param input - The facts the rules' conditions read.
 * @param options - Custom conditions written in code.
 * @returns The grade after the rules and the rules that held.
 * @throws {ReceivablesError} `INVALID_SCORECARD` listing every malformed rule (unknown grade, bad
 *   condition, missing custom condition); `INVALID_ARGUMENT` for an unknown `gradeId` or an input value
 *   of the wrong type (NaN, a text where a number or a boolean is compared).
 *
 * @example
 * ```ts
 * import { applyGradeRules, defaultGradeRules, defaultGradeScale } from '@receivables/credit-scoring';
 *
 * const result = applyGradeRules(defaultGradeScale, 'AA', defaultGradeRules, { flags: { courtDefaulter: true }, maxDaysPastDue: 120 });
 * console.log(result.grade.id, result.rulesApplied.map((rule) => rule.id).join(', ')); // D courtDefaulter, over90DaysPastDue
 * ```
 */
export function applyGradeRules(
  scale: GradeScale,
  gradeId: string,
  rules: readonly GradeRule[],
  input: object,
  options: ApplyGradeRulesOptions = {},
): GradeRulesResult {
  const { customConditions = {} } = options;
  const start = gradesIndexOf(scale, gradeId, 'applyGradeRules', 'grade');
  const parsed = z.array(rulesGradeRuleSchema).safeParse(rules, { reportInput: true });
  const issues: ValidationIssue[] = parsed.success ? [] : toValidationIssues(parsed.error.issues, ['rules']);
  const known = scale.grades.map((grade) => grade.id);
  scorecardsCodeIssues({ rules }, [], customConditions, (code, message, _input, path) => {
    issues.push({ path, pathText: formatPath(path), code, message });
  });
  scorecardsArray(rules).forEach((entry, index) => {
    const rule = scorecardsRecord(entry);
    if (typeof rule.grade !== 'string' || known.includes(rule.grade)) return;
    const path = ['rules', index, 'grade'];
    const message = `grade ${JSON.stringify(rule.grade)} is not in the grade scale (grades: ${known.join(', ')})`;
    issues.push({ path, pathText: formatPath(path), code: 'unknown_grade', message });
  });
  if (!parsed.success || issues.length > 0)
    throwValidationError('INVALID_SCORECARD', 'applyGradeRules', issues);
  const compiled = rulesCompileRules(rules, scale, { api: 'applyGradeRules', customConditions });
  const rulesApplied: AppliedRule[] = [];
  const index = rulesApply(compiled, start, input, rulesApplied);
  return { grade: scale.grades[index]!, rulesApplied };
}
