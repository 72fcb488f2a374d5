import { describeValue, ReceivablesError } from '@receivables/core';
import type { Condition, ConditionValue } from '../rules/Condition.ts';
import type { CustomCondition } from '../rules/CustomCondition.ts';
import { rulesFieldSegments, rulesReadField } from './rulesReadField.ts';

/** Where a compiled condition reports errors from: the public function and what the condition belongs to. @internal */
export interface RulesConditionContext {
  readonly api: string;
  readonly owner: string;
  readonly customConditions: Readonly<Record<string, CustomCondition>>;
}

type Operator =
  | 'all'
  | 'any'
  | 'not'
  | 'custom'
  | 'isMissing'
  | 'oneOf'
  | 'noneOf'
  | 'greaterThan'
  | 'atLeast'
  | 'lessThan'
  | 'atMost';

/**
 * A condition resolved for evaluation: one record shape for every operator, so that
 * {@link rulesTest} stays a single fast switch. No code is ever evaluated.
 *
 * @internal
 */
export interface RulesCompiledCondition {
  readonly operator: Operator;
  readonly field: string;
  readonly segments: readonly string[];
  readonly number: number;
  readonly flag: boolean;
  readonly values: ReadonlySet<unknown>;
  readonly types: ReadonlySet<string>;
  readonly parts: readonly RulesCompiledCondition[];
  readonly custom: CustomCondition | undefined;
  readonly api: string;
  readonly owner: string;
}

const NO_VALUES: ReadonlySet<never> = new Set();

/**
 * Resolves a validated condition: custom predicates looked up by name, operands put in place.
 *
 * @internal
 */
export function rulesCompileCondition(
  condition: Condition,
  context: RulesConditionContext,
): RulesCompiledCondition {
  const base = {
    field: condition.field ?? '',
    segments: rulesFieldSegments(condition.field ?? ''),
    number: 0,
    flag: false,
    values: NO_VALUES,
    types: NO_VALUES as ReadonlySet<string>,
    parts: [] as RulesCompiledCondition[],
    custom: undefined,
    api: context.api,
    owner: context.owner,
  };
  const nested = (parts: readonly Condition[]): RulesCompiledCondition[] =>
    parts.map((part) => rulesCompileCondition(part, context));
  if (condition.all !== undefined) return { ...base, operator: 'all', parts: nested(condition.all) };
  if (condition.any !== undefined) return { ...base, operator: 'any', parts: nested(condition.any) };
  if (condition.not !== undefined) return { ...base, operator: 'not', parts: nested([condition.not]) };
  if (condition.custom !== undefined)
    return { ...base, operator: 'custom', custom: customOf(condition.custom, context) };
  if (condition.isMissing !== undefined) return { ...base, operator: 'isMissing', flag: condition.isMissing };
  const listed = condition.in ?? (condition.equals === undefined ? undefined : [condition.equals]);
  if (listed !== undefined) return { ...base, operator: 'oneOf', ...valuesOf(listed) };
  if (condition.notEquals !== undefined)
    return { ...base, operator: 'noneOf', ...valuesOf([condition.notEquals]) };
  for (const operator of ['greaterThan', 'atLeast', 'lessThan', 'atMost'] as const) {
    const number = condition[operator];
    if (number !== undefined) return { ...base, operator, number };
  }
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `${context.api}: ${context.owner} has a condition with no operator`,
  );
}

function valuesOf(values: readonly ConditionValue[]): {
  values: ReadonlySet<unknown>;
  types: ReadonlySet<string>;
} {
  return { values: new Set<unknown>(values), types: new Set(values.map((value) => typeof value)) };
}

function customOf(name: string, context: RulesConditionContext): CustomCondition {
  const predicate = Object.hasOwn(context.customConditions, name)
    ? context.customConditions[name]
    : undefined;
  if (typeof predicate === 'function') return predicate;
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `${context.api}: ${context.owner} uses the custom condition ${describeValue(name)}, which was not passed in customConditions`,
    { details: { value: name } },
  );
}

/**
 * Tells whether a compiled condition holds for an input. A missing field fails every comparison; a
 * present value of the wrong type is refused rather than quietly not matching.
 *
 * @internal
 */
export function rulesTest(condition: RulesCompiledCondition, input: object): boolean {
  switch (condition.operator) {
    case 'all':
      return condition.parts.every((part) => rulesTest(part, input));
    case 'any':
      return condition.parts.some((part) => rulesTest(part, input));
    case 'not':
      return !rulesTest(condition.parts[0]!, input);
    case 'custom':
      return condition.custom!(input as Readonly<Record<string, unknown>>) === true;
    case 'isMissing':
      return (rulesReadField(input, condition.segments) === undefined) === condition.flag;
    case 'oneOf':
    case 'noneOf':
      return testValues(condition, rulesReadField(input, condition.segments));
    default:
      return testNumber(condition, rulesReadField(input, condition.segments));
  }
}

function testValues(condition: RulesCompiledCondition, value: unknown): boolean {
  if (value === undefined) return false;
  if (!condition.types.has(typeof value) || (typeof value === 'number' && !Number.isFinite(value))) {
    const expected = [...condition.types].join(' or ');
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${condition.api}: ${condition.owner} compares ${condition.field} with a ${expected}, but the input has ${describeValue(value)}`,
      { path: condition.segments, details: { value, field: condition.field } },
    );
  }
  return condition.values.has(value) === (condition.operator === 'oneOf');
}

function testNumber(condition: RulesCompiledCondition, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${condition.api}: ${condition.owner} compares ${condition.field} with a number, but the input has ${describeValue(value)}, not a finite number`,
      { path: condition.segments, details: { value, field: condition.field } },
    );
  }
  switch (condition.operator) {
    case 'greaterThan':
      return value > condition.number;
    case 'atLeast':
      return value >= condition.number;
    case 'lessThan':
      return value < condition.number;
    default:
      return value <= condition.number;
  }
}
