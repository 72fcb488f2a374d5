import * as z from 'zod';
import type { GradeRule } from '../rules/GradeRule.ts';
import { gradesLabelSchema, gradesTextSchema } from './gradesTextSchemas.ts';
import { rulesConditionSchema } from './rulesConditionSchema.ts';

/**
 * The zod schema of one {@link GradeRule}; the grade's existence is checked against the scale elsewhere.
 *
 * @internal
 */
export const rulesGradeRuleSchema: z.ZodType<GradeRule> = z
  .strictObject({
    id: gradesTextSchema.meta({ description: 'Stable id, named in the explanation.' }),
    kind: z.enum(['knockOut', 'cap']).meta({
      description:
        'knockOut: the grade becomes `grade`; cap: the grade becomes at most `grade`. Never raises.',
    }),
    when: rulesConditionSchema,
    grade: gradesTextSchema.meta({ description: 'A grade id of the scorecard’s grade scale.' }),
    label: gradesLabelSchema,
  })
  .meta({ title: 'GradeRule' });
