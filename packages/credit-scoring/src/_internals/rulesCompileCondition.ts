import { describeValue, ReceivablesError } from '@receivables/core';
import type { Condition, ConditionValue } from '../rules/Condition.ts';
import type { CustomCondition } from '../rules/CustomCondition.ts';
import { rulesFieldReader, rulesFieldSegments } from './rulesReadField.ts';

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
 * A condition resolved for evaluation: one record shape for every operator, with `test`, a closure
 * made once for its operator and operands, so that {@link rulesTest} is a single call. No code is ever
 * evaluated.
 *
 * @internal
 */
export interface RulesCompiledCondition {
  readonly test: (input: object) => boolean;
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
  const record = describeCondition(condition, context);
  return { ...record, test: testerOf(record) };
}

type ConditionRecord = Omit<RulesCompiledCondition, 'test'>;

function describeCondition(condition: Condition, context: RulesConditionContext): ConditionRecord {
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

/** The closure that tests a condition: built once per condition, so testing does no dispatch on the operator. */
function testerOf(condition: ConditionRecord): (input: object) => boolean {
  const { parts, number } = condition;
  switch (condition.operator) {
    case 'all':
      return (input) => {
        for (let index = 0; index < parts.length; index += 1) if (!parts[index]!.test(input)) return false;
        return true;
      };
    case 'any':
      return (input) => {
        for (let index = 0; index < parts.length; index += 1) if (parts[index]!.test(input)) return true;
        return false;
      };
    case 'not': {
      const part = parts[0]!;
      return (input) => !part.test(input);
    }
    case 'custom': {
      const custom = condition.custom!;
      return (input) => custom(input as Readonly<Record<string, unknown>>) === true;
    }
    case 'isMissing': {
      const read = rulesFieldReader(condition.segments);
      const flag = condition.flag;
      return (input) => (read(input) === undefined) === flag;
    }
    case 'oneOf':
    case 'noneOf':
      return valuesTester(condition);
    default:
      return numberTester(condition, rulesFieldReader(condition.segments), number);
  }
}

function valuesTester(condition: ConditionRecord): (input: object) => boolean {
  const read = rulesFieldReader(condition.segments);
  const { values, types } = condition;
  const matches = condition.operator === 'oneOf';
  const accepts = (value: unknown): boolean =>
    types.has(typeof value) && (typeof value !== 'number' || Number.isFinite(value));
  if (values.size === 1 && types.size === 1) {
    // One listed value (`equals`, `notEquals`): a strict comparison, which agrees with the set's SameValueZero on every accepted value.
    const [only] = values;
    const type = typeof only;
    return (input) => {
      const value = read(input);
      if (value === undefined) return false;
      if (typeof value !== type || (typeof value === 'number' && !Number.isFinite(value)))
        throw valuesError(condition, value);
      return (value === only) === matches;
    };
  }
  return (input) => {
    const value = read(input);
    if (value === undefined) return false;
    if (!accepts(value)) throw valuesError(condition, value);
    return values.has(value) === matches;
  };
}

function valuesError(condition: ConditionRecord, value: unknown): ReceivablesError {
  const expected = [...condition.types].join(' or ');
  return new ReceivablesError(
    'INVALID_ARGUMENT',
    `${condition.api}: ${condition.owner} compares ${condition.field} with a ${expected}, but the input has ${describeValue(value)}`,
    { path: condition.segments, details: { value, field: condition.field } },
  );
}

function numberTester(
  condition: ConditionRecord,
  read: (input: object) => unknown,
  bound: number,
): (input: object) => boolean {
  switch (condition.operator) {
    case 'greaterThan':
      return (input) => {
        const value = read(input);
        return value !== undefined && finiteNumber(condition, value) > bound;
      };
    case 'atLeast':
      return (input) => {
        const value = read(input);
        return value !== undefined && finiteNumber(condition, value) >= bound;
      };
    case 'lessThan':
      return (input) => {
        const value = read(input);
        return value !== undefined && finiteNumber(condition, value) < bound;
      };
    default:
      return (input) => {
        const value = read(input);
        return value !== undefined && finiteNumber(condition, value) <= bound;
      };
  }
}

/** The value as a finite number, or the error naming the condition that compares it. */
function finiteNumber(condition: ConditionRecord, value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `${condition.api}: ${condition.owner} compares ${condition.field} with a number, but the input has ${describeValue(value)}, not a finite number`,
    { path: condition.segments, details: { value, field: condition.field } },
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
  return condition.test(input);
}
