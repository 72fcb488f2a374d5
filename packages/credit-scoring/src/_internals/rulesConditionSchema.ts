import { addValidationIssue } from '@receivables/core';
import * as z from 'zod';
import type { Condition } from '../rules/Condition.ts';
import { gradesEvenWithOtherIssues, gradesTextSchema } from './gradesTextSchemas.ts';

/**
 * A dotted path of property names, e.g. `flags.courtDefaulter`; no empty segment.
 *
 * @internal
 */
export const rulesFieldSchema: z.ZodString = z
  .string()
  .regex(/^[^.]+(\.[^.]+)*$/, {
    error: 'must be a dotted path of property names, e.g. "flags.courtDefaulter"',
  })
  .meta({
    description: 'A dotted path of own properties of the applicant input, e.g. "flags.courtDefaulter".',
  });

const valueSchema = z.union([z.string(), z.number(), z.boolean()]);

const FIELD_OPERATORS = [
  'equals',
  'notEquals',
  'in',
  'greaterThan',
  'atLeast',
  'lessThan',
  'atMost',
  'isMissing',
];
const OTHER_OPERATORS = ['all', 'any', 'not', 'custom'];
const OPERATORS = [...FIELD_OPERATORS, ...OTHER_OPERATORS];

/**
 * The zod schema of a {@link Condition}: one operator per object, `field` with (and only with) a field
 * operator, conditions nested through `all`, `any` and `not`.
 *
 * @internal
 */
export const rulesConditionSchema: z.ZodType<Condition> = z
  .strictObject({
    field: rulesFieldSchema.exactOptional(),
    equals: valueSchema.exactOptional(),
    notEquals: valueSchema.exactOptional(),
    in: z.array(valueSchema).exactOptional(),
    greaterThan: z.number().exactOptional(),
    atLeast: z.number().exactOptional(),
    lessThan: z.number().exactOptional(),
    atMost: z.number().exactOptional(),
    isMissing: z.boolean().exactOptional(),
    get all(): z.ZodExactOptional<z.ZodArray<z.ZodType<Condition>>> {
      return z.array(rulesConditionSchema).min(1).exactOptional();
    },
    get any(): z.ZodExactOptional<z.ZodArray<z.ZodType<Condition>>> {
      return z.array(rulesConditionSchema).min(1).exactOptional();
    },
    get not(): z.ZodExactOptional<z.ZodType<Condition>> {
      return rulesConditionSchema.exactOptional();
    },
    custom: gradesTextSchema.meta({ description: 'The name of a predicate passed in code.' }).exactOptional(),
  })
  .superRefine(reportOperators, gradesEvenWithOtherIssues)
  .meta({
    id: 'Condition',
    description:
      'One operator: on a field (equals, notEquals, in, greaterThan, atLeast, lessThan, atMost, isMissing), all, any, not, or custom.',
  });

function reportOperators(condition: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  if (typeof condition !== 'object' || condition === null) return;
  const keys = Object.keys(condition);
  const operators = keys.filter((key) => OPERATORS.includes(key));
  if (operators.length !== 1) {
    const found = operators.length === 0 ? 'none' : operators.join(', ');
    const message = `a condition needs exactly one operator (${OPERATORS.join(', ')}); found ${found}`;
    addValidationIssue(ctx, 'condition_operator', message, condition, []);
    return;
  }
  const onField = FIELD_OPERATORS.includes(operators[0]!);
  const hasField = keys.includes('field');
  if (onField && !hasField) {
    const message = `the operator "${operators[0]}" compares a field: add "field"`;
    addValidationIssue(ctx, 'condition_field', message, condition, []);
  } else if (!onField && hasField) {
    const message = `"field" does not go with the operator "${operators[0]}"`;
    addValidationIssue(ctx, 'condition_field', message, condition, ['field']);
  }
}
