import {
  formatPath,
  throwValidationError,
  toValidationIssues,
  type ValidationIssue,
} from '@receivables/core';
import { bucketsRangeIssues } from '../_internals/bucketsRangeIssues.ts';
import { bucketsShapeSchema } from '../_internals/bucketsShapeSchema.ts';
import type { BucketScheme } from './BucketScheme.ts';

/**
 * Validates a bucket scheme kept as data (a JSON file, a settings row) and returns it as a
 * {@link BucketScheme}. Every problem is reported at once with its path: wrong types, blank ids or
 * labels, unknown keys, a first bucket with a `from` or a last one with a `to`, a missing bound in
 * between, `from` after `to`, gaps, overlaps and repeated ids. Bounds are inclusive (spec §2.2).
 *
 * @param definition - The scheme as plain data; see `bucketSchemeJsonSchema`.
 * @returns A fresh, validated scheme (absent bounds stay absent).
 * @throws {ReceivablesError} `INVALID_BUCKET_SCHEME` listing every problem in `details.issues`.
 *
 * @example
 * ```ts
 * import { createBucketScheme } from '@receivables/aging';
 *
 * const quarterly = createBucketScheme({
 *   id: 'quarterly',
 *   unit: 'days',
 *   buckets: [
 *     { id: 'notDue', label: { en: 'Not due', 'zh-CN': '未到期' }, to: 0 },
 *     { id: 'q1', label: { en: '1–90 days', 'zh-CN': '逾期1-90天' }, from: 1, to: 90 },
 *     { id: 'later', label: { en: 'Over 90 days', 'zh-CN': '逾期90天以上' }, from: 91 },
 *   ],
 * });
 * console.log(quarterly.buckets.length); // 3
 * try {
 *   createBucketScheme({
 *     id: 'broken',
 *     unit: 'days',
 *     buckets: [
 *       { id: 'a', label: { en: 'A', 'zh-CN': '甲' }, to: 30 },
 *       { id: 'b', label: { en: 'B', 'zh-CN': '乙' }, from: 30 },
 *     ],
 *   });
 * } catch (error) {
 *   console.log((error as Error).message.split('\n')[1]); //   buckets[1].from: bucket "b" overlaps bucket "a": it starts at 30 but bucket "a" ends at 30; it must start at 31
 * }
 * ```
 */
export function createBucketScheme(definition: unknown): BucketScheme {
  const result = bucketsShapeSchema.safeParse(definition, { reportInput: true });
  const issues: ValidationIssue[] = result.success ? [] : toValidationIssues(result.error.issues);
  const buckets =
    typeof definition === 'object' && definition !== null
      ? (definition as Record<string, unknown>).buckets
      : undefined;
  for (const issue of bucketsRangeIssues(buckets)) {
    issues.push({ ...issue, pathText: formatPath(issue.path) });
  }
  if (result.success && issues.length === 0) return result.data;
  return throwValidationError('INVALID_BUCKET_SCHEME', 'createBucketScheme', issues);
}
