import * as z from 'zod';
import { lateChargesRateValueSchema } from '../_internals/lateChargesRateValueSchema.ts';
import type { InterestRate } from './InterestRate.ts';
import { ReferenceRateTableSchema } from './ReferenceRateTableSchema.ts';

const DAY_COUNT_ERROR = 'the day count must be 365 (actual/365) or 360 (actual/360)';

const dayCountSchema = z
  .union([z.literal(365), z.literal(360)], { error: DAY_COUNT_ERROR })
  .meta({ description: 'Divide the annual rate by 365 or by 360 for one day.' });

const annualSchema = z.strictObject({
  kind: z.literal('annual'),
  rate: lateChargesRateValueSchema(
    'nonNegative',
    'The annual rate as a fraction, e.g. "0.12" for 12% a year.',
  ),
  dayCount: dayCountSchema,
});

const dailySchema = z.strictObject({
  kind: z.literal('daily'),
  rate: lateChargesRateValueSchema(
    'nonNegative',
    'The daily rate as a fraction, e.g. "0.0005" for 0.05% a day.',
  ),
});

const referenceSchema = z.strictObject({
  kind: z.literal('reference'),
  reference: ReferenceRateTableSchema,
  margin: lateChargesRateValueSchema('nonNegative', 'Points added, as a fraction: "0.08" for 8 points.')
    .meta({ default: '0' })
    .optional(),
  multiplier: lateChargesRateValueSchema('nonNegative', 'Factor on the reference: "1.3" for LPR + 30%.')
    .meta({ default: '1' })
    .optional(),
  fixing: z
    .enum(['daily', 'halfYear', 'fixedAtDue', 'fixedAtBreach'])
    .meta({ description: "Which day's reference rate applies to a day of interest." }),
  dayCount: dayCountSchema,
});

/**
 * The zod schema of an {@link InterestRate}. It reports every problem at once, each at its path: an
 * unknown `kind` or key, a rate that is not a decimal (`invalid_rate`) or is negative (`negative_rate`), a
 * day count other than 365 or 360, and every problem of a reference table (see
 * {@link ReferenceRateTableSchema}). Reference rates may be negative; `margin` and `multiplier` may not.
 *
 * @example
 * ```ts
 * import { InterestRateSchema } from '@receivables/aging';
 * import { toValidationIssues } from '@receivables/core';
 *
 * const result = InterestRateSchema.safeParse({ kind: 'annual', rate: '-0.05', dayCount: 364 });
 * const issues = result.success ? [] : toValidationIssues(result.error.issues);
 * console.log(issues.map((issue) => `${issue.pathText} ${issue.code}`)); // ["rate negative_rate","dayCount invalid_union"]
 * ```
 */
export const InterestRateSchema: z.ZodType<InterestRate, InterestRate> = z
  .discriminatedUnion('kind', [annualSchema, dailySchema, referenceSchema])
  .meta({
    title: 'InterestRate',
    description: 'A late-payment interest rate: annual, daily or on a reference.',
  });
