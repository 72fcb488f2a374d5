/** One problem with the ranges of a bucket scheme. @internal */
export interface BucketsRangeIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/** A bound as found: a whole number, absent, or something else (reported by the shape checks). */
type Bound = number | 'absent' | 'invalid';

function boundOf(bucket: unknown, key: 'from' | 'to'): Bound {
  if (typeof bucket !== 'object' || bucket === null) return 'invalid';
  const value = (bucket as Record<string, unknown>)[key];
  if (value === undefined) return 'absent';
  return Number.isSafeInteger(value) ? (value as number) : 'invalid';
}

function nameOf(bucket: unknown, index: number): string {
  const id =
    typeof bucket === 'object' && bucket !== null ? (bucket as Record<string, unknown>).id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? `bucket ${JSON.stringify(id)}` : `bucket ${index}`;
}

/**
 * The rules across the buckets of a scheme, checked on whatever parts of the input are well formed so
 * that one pass reports every problem: the first bucket open below, the last open above, every other
 * bucket bounded on both sides, `from ≤ to`, each bucket starting the day after the previous one ends
 * (no gap, no overlap) and unique ids. Shapes and types are the schema's business, not this one's.
 *
 * @internal
 */
export function bucketsRangeIssues(buckets: unknown): BucketsRangeIssue[] {
  const issues: BucketsRangeIssue[] = [];
  if (!Array.isArray(buckets) || buckets.length === 0) return issues;
  const last = buckets.length - 1;
  const seen = new Map<string, number>();
  buckets.forEach((bucket: unknown, index) => {
    const name = nameOf(bucket, index);
    const from = boundOf(bucket, 'from');
    const to = boundOf(bucket, 'to');
    const at = (key: string | number): (string | number)[] => ['buckets', index, key];
    if (index === 0 && typeof from === 'number') {
      issues.push({
        path: at('from'),
        code: 'first_bucket_bounded',
        message: `the first ${name} must have no from: a lower bound of ${from} leaves smaller measures in no bucket`,
      });
    }
    if (index === last && typeof to === 'number') {
      issues.push({
        path: at('to'),
        code: 'last_bucket_bounded',
        message: `the last ${name} must have no to: an upper bound of ${to} leaves larger measures in no bucket`,
      });
    }
    if (index > 0 && from === 'absent') {
      issues.push({
        path: at('from'),
        code: 'missing_bound',
        message: `${name} needs a from: only the first bucket is open below`,
      });
    }
    if (index < last && to === 'absent') {
      issues.push({
        path: at('to'),
        code: 'missing_bound',
        message: `${name} needs a to: only the last bucket is open above`,
      });
    }
    if (typeof from === 'number' && typeof to === 'number' && from > to) {
      issues.push({
        path: at('from'),
        code: 'empty_bucket',
        message: `${name} is empty: from ${from} is after to ${to}`,
      });
    }
    const previous: unknown = index > 0 ? buckets[index - 1] : undefined;
    const previousTo = index > 0 ? boundOf(previous, 'to') : 'invalid';
    if (typeof from === 'number' && typeof previousTo === 'number') {
      const before = nameOf(previous, index - 1);
      if (from <= previousTo) {
        issues.push({
          path: at('from'),
          code: 'overlapping_buckets',
          message: `${name} overlaps ${before}: it starts at ${from} but ${before} ends at ${previousTo}; it must start at ${previousTo + 1}`,
        });
      } else if (from > previousTo + 1) {
        const gap =
          from - 1 === previousTo + 1 ? `${from - 1} falls` : `${previousTo + 1} to ${from - 1} fall`;
        issues.push({
          path: at('from'),
          code: 'bucket_gap',
          message: `${name} leaves a gap after ${before}: measure ${gap} in no bucket; it must start at ${previousTo + 1}`,
        });
      }
    }
    const id =
      typeof bucket === 'object' && bucket !== null ? (bucket as Record<string, unknown>).id : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      issues.push({
        path: at('id'),
        code: 'duplicate_bucket_id',
        message: `the id ${JSON.stringify(id)} is already used by bucket ${first}`,
      });
  });
  return issues;
}
