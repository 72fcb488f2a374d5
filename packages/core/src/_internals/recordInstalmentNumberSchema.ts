import * as z from 'zod';
import { addValidationIssue } from '../errors/addValidationIssue.ts';
import { describeValue } from '../errors/describeValue.ts';

/**
 * A 1-based instalment number, with the issue code `invalid_instalment_number` for `0`, `-1` or `1.5`.
 *
 * @internal
 */
export const recordInstalmentNumberSchema: z.ZodType<number, number> = z
  .number()
  .superRefine((value, ctx) => {
    if (!Number.isSafeInteger(value) || value < 1) {
      addValidationIssue(
        ctx,
        'invalid_instalment_number',
        `${describeValue(value)} is not an instalment number: instalments are numbered 1, 2, 3, ...`,
        value,
      );
    }
  })
  .meta({ type: 'integer', minimum: 1 });
