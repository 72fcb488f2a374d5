/** A bucket's label in each locale the suite ships. */
export interface BucketLabel {
  readonly en: string;
  readonly 'zh-CN': string;
}

/**
 * One bucket of an aging scheme: the items whose measure lies in `[from, to]`, both inclusive.
 * A missing `from` means "from minus infinity" (the first bucket), a missing `to` "to infinity" (the last).
 */
export interface Bucket {
  /** Stable id, e.g. `notDue`, `d1to30`, `y1to2`. */
  readonly id: string;
  readonly label: BucketLabel;
  readonly from?: number;
  readonly to?: number;
}

/**
 * How items are measured for bucketing:
 * - `days`: whole days (days past due on the due-date basis, age in days on the document-date basis);
 * - `calendarYears`: the number of started calendar years, so that "within 1 year" is measure ≤ 1,
 *   i.e. `asOf ≤ addYears(date, 1)`: 0 for an item dated on `asOf`, 1 for one dated a year earlier to the day.
 */
export type BucketUnit = 'days' | 'calendarYears';

/** An aging scheme as data: contiguous buckets covering every possible measure exactly once. */
export interface BucketScheme {
  readonly id: string;
  readonly unit: BucketUnit;
  readonly buckets: readonly Bucket[];
}
