import type { AmountInput } from '@receivables/core';
import * as z from 'zod';
import { allowanceRateProblem } from '../_internals/allowanceRateProblem.ts';
import type { AllowanceRateMatrix } from './AllowanceRateMatrix.ts';

const rateSchema = z
  .custom<AmountInput>()
  .transform((value, ctx) => {
    const reading = allowanceRateProblem(value, 'rate');
    if (reading.ok) return reading.rate;
    ctx.addIssue({ code: 'custom', message: reading.reason, input: value, params: { code: 'invalid_rate' } });
    return z.NEVER;
  })
  .meta({
    // Only the JSON forms: a Decimal object cannot occur in a JSON document.
    anyOf: [
      { type: 'string', pattern: '^\\s*\\+?(0*1(\\.0*)?|0+(\\.\\d*)?|0*\\.\\d+)\\s*$' },
      { type: 'number', minimum: 0, maximum: 1 },
    ],
    description: 'A loss rate as a decimal fraction from 0 to 1: "0.05" is 5 %.',
  });

const NAMED = /\S/;

/**
 * The zod schema of an {@link AllowanceRateMatrix}. It reports every problem at once, each at its path:
 * unknown keys, a missing or blank id, no bucket at all (`no_buckets`), and each rate that is not a
 * decimal from 0 to 1 (`invalid_rate`, at `bucketRates.<bucketId>`). Rates come out as exact decimals.
 * {@link createAllowanceRateMatrix} applies it for you; use it directly to check a matrix file.
 *
 * @example
 * ```ts
 * import { AllowanceRateMatrixSchema } from '@receivables/aging';
 * import { toValidationIssues } from '@receivables/core';
 *
 * const result = AllowanceRateMatrixSchema.safeParse(
 *   { id: 'draft', bucketRates: { within1y: '5%', y1to2: -0.1, y2to3: '0.3' } },
 *   { reportInput: true },
 * );
 * const issues = result.success ? [] : toValidationIssues(result.error.issues);
 * console.log(issues.map((issue) => `${issue.pathText} ${issue.code}`)); // ["bucketRates.within1y invalid_rate","bucketRates.y1to2 invalid_rate"]
 * ```
 */
export const AllowanceRateMatrixSchema: z.ZodType<AllowanceRateMatrix, AllowanceRateMatrix> = z
  .strictObject({
    $schema: z.string().meta({ description: 'The JSON Schema this file follows.' }).optional(),
    id: z
      .string()
      .regex(NAMED, { error: 'The id is blank: name the matrix, e.g. "chineseAgingMethod"' })
      .meta({ description: 'Names the matrix in results and error messages.' }),
    description: z
      .string()
      .meta({ description: 'What the matrix is for and where its rates come from.' })
      .optional(),
    bucketRates: z
      .record(z.string().regex(NAMED, { error: 'A bucket id is blank' }), rateSchema)
      .refine((rates) => Object.keys(rates).length > 0, {
        error: 'The matrix has no bucket: give at least one bucket id with its rate',
        params: { code: 'no_buckets' },
      })
      .meta({ description: 'The loss rate of each bucket id, e.g. { "within1y": "0.05" }.' }),
  })
  .meta({
    title: 'AllowanceRateMatrix',
    description: 'Loss rates by aging bucket for the bad-debt allowance (provision matrix).',
  });
