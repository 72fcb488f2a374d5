import type { GradeScale } from '../grades/GradeScale.ts';
import type { AppliedRule } from '../rules/AppliedRule.ts';
import type { GradeRule } from '../rules/GradeRule.ts';
import { gradesIndexOf } from './gradesIndexOf.ts';
import {
  type RulesCompiledCondition,
  type RulesConditionContext,
  rulesCompileCondition,
} from './rulesCompileCondition.ts';

/** A rule ready to run: its explanation entry, built once, and the grade position it imposes. @internal */
export interface RulesCompiledRule {
  readonly applied: AppliedRule;
  readonly gradeIndex: number;
  readonly when: RulesCompiledCondition;
}

/**
 * Compiles validated rules against a grade scale.
 *
 * @internal
 */
export function rulesCompileRules(
  rules: readonly GradeRule[],
  scale: GradeScale,
  context: Omit<RulesConditionContext, 'owner'>,
): readonly RulesCompiledRule[] {
  return rules.map((rule) => ({
    applied: Object.freeze({
      id: rule.id,
      kind: rule.kind,
      grade: rule.grade,
      label: Object.freeze({ en: rule.label.en, 'zh-CN': rule.label['zh-CN'] }),
    }),
    gradeIndex: gradesIndexOf(scale, rule.grade, context.api, `rule ${JSON.stringify(rule.id)} names grade`),
    when: rulesCompileCondition(rule.when, { ...context, owner: `rule ${JSON.stringify(rule.id)}` }),
  }));
}

/**
 * Runs compiled rules in order, adding every rule whose condition holds to `applied`. The grade only
 * ever moves down (a larger position), whatever the rule's kind.
 *
 * @internal
 */
export function rulesApply(
  rules: readonly RulesCompiledRule[],
  gradeIndex: number,
  input: object,
  applied: AppliedRule[],
): number {
  let index = gradeIndex;
  for (let position = 0; position < rules.length; position += 1) {
    const rule = rules[position]!;
    if (!rule.when.test(input)) continue;
    applied.push(rule.applied);
    if (rule.gradeIndex > index) index = rule.gradeIndex;
  }
  return index;
}
