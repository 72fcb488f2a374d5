import * as z from 'zod';
import { addValidationIssue } from '../errors/addValidationIssue.ts';
import { describeValue } from '../errors/describeValue.ts';

const VISIBLE = /\S/;

/**
 * Text that must say something: ids, names, references. An empty or blank string is refused with the
 * issue code `blank_text`, since an id of `""` would silently match every other missing id.
 *
 * @internal
 */
export const recordTextSchema: z.ZodType<string, string> = z
  .string()
  .superRefine((value, ctx) => {
    if (!VISIBLE.test(value)) {
      addValidationIssue(
        ctx,
        'blank_text',
        `${describeValue(value)} is blank: write at least one visible character`,
        value,
      );
    }
  })
  .meta({ minLength: 1, pattern: '\\S' });
