import type * as z from 'zod';
import { bucketsRangeIssues } from '../_internals/bucketsRangeIssues.ts';
import { bucketsShapeSchema } from '../_internals/bucketsShapeSchema.ts';
import type { BucketScheme } from './BucketScheme.ts';

/**
 * The zod schema of a {@link BucketScheme}: a non-blank `id`, a `unit` of `days` or `calendarYears`,
 * and at least one bucket with a non-blank `id`, non-blank `en` and `zh-CN` labels and whole-number
 * bounds. The buckets must cover every measure exactly once: the first has no `from`, the last no `to`,
 * every other has both, `from ≤ to`, each starts at the previous `to + 1`, and ids are unique. Unknown
 * keys are refused, so a misspelt bound cannot silently widen a bucket. The rules across buckets run
 * once the shape is right; `createBucketScheme` reports shape and range problems together.
 *
 * @example
 * ```ts
 * import { BucketSchemeSchema } from '@receivables/aging';
 *
 * const result = BucketSchemeSchema.safeParse({
 *   id: 'simple',
 *   unit: 'days',
 *   buckets: [
 *     { id: 'current', label: { en: 'Current', 'zh-CN': '未逾期' }, to: 0 },
 *     { id: 'late', label: { en: 'Late', 'zh-CN': '已逾期' }, from: 1 },
 *   ],
 * });
 * console.log(result.success); // true
 * ```
 */
export const BucketSchemeSchema: z.ZodType<BucketScheme> = bucketsShapeSchema.superRefine(
  (scheme, context) => {
    for (const issue of bucketsRangeIssues(scheme.buckets)) {
      context.addIssue({
        code: 'custom',
        path: [...issue.path],
        message: issue.message,
        params: { code: issue.code },
      });
    }
  },
);
