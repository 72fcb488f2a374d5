import * as z from 'zod';
import type { Bucket, BucketScheme } from '../buckets/BucketScheme.ts';

const text = z.string().regex(/\S/, { message: 'must not be blank' });
const bound = z.number().int();

const BucketShape = z
  .strictObject({
    id: text,
    label: z.strictObject({ en: text, 'zh-CN': text }),
    from: bound.optional(),
    to: bound.optional(),
  })
  .transform(
    (input): Bucket => ({
      id: input.id,
      label: { en: input.label.en, 'zh-CN': input.label['zh-CN'] },
      ...(input.from === undefined ? {} : { from: input.from }),
      ...(input.to === undefined ? {} : { to: input.to }),
    }),
  );

/**
 * The shape of a bucket scheme without the rules across buckets: field types, non-blank ids and
 * labels, no unknown keys, at least one bucket. Optional bounds stay absent when absent.
 *
 * @internal
 */
export const bucketsShapeSchema: z.ZodType<BucketScheme> = z.strictObject({
  id: text,
  unit: z.enum(['days', 'calendarYears']),
  buckets: z.array(BucketShape).min(1, { message: 'a scheme needs at least one bucket' }),
});
