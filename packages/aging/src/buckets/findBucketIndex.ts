import { describeValue, ReceivablesError } from '@receivables/core';
import type { BucketScheme } from './BucketScheme.ts';

/**
 * Finds the bucket of a scheme that holds a measure (days past due, age in days, or started calendar
 * years, by the scheme's unit): the first bucket whose inclusive upper bound `to` is at least the
 * measure, the last bucket having none (spec §2.2, "the upper bound is inclusive").
 *
 * @param scheme - A valid scheme (a preset or one from `createBucketScheme`).
 * @param measure - A whole number; zero and negative values are allowed (not yet due).
 * @returns The bucket's index in `scheme.buckets`.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `measure` is not a whole number;
 *   `INVALID_BUCKET_SCHEME` when the scheme's last bucket has an upper bound below the measure.
 *
 * @example
 * ```ts
 * import { findBucketIndex, thirtyDayBuckets } from '@receivables/aging';
 *
 * console.log(findBucketIndex(thirtyDayBuckets, -5), findBucketIndex(thirtyDayBuckets, 30), findBucketIndex(thirtyDayBuckets, 121)); // 0 1 5
 * ```
 */
export function findBucketIndex(scheme: BucketScheme, measure: number): number {
  if (!Number.isSafeInteger(measure)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `findBucketIndex: measure ${describeValue(measure)} is not a whole number`,
      { details: { value: typeof measure === 'number' ? measure : describeValue(measure) } },
    );
  }
  const { buckets } = scheme;
  for (let index = 0; index < buckets.length; index++) {
    const to = buckets[index]?.to;
    if (to === undefined || measure <= to) return index;
  }
  throw new ReceivablesError(
    'INVALID_BUCKET_SCHEME',
    `findBucketIndex: no bucket of scheme ${JSON.stringify(scheme.id)} holds ${measure}: its last bucket must have no to`,
    { details: { schemeId: scheme.id, measure } },
  );
}
