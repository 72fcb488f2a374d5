/**
 * The running sums of one customer in one currency inside an {@link AgingAccumulator}. Treat it as
 * opaque: read figures with `agingResult`. It is plain data (a `Float64Array`, a `bigint` array,
 * a number), so an accumulator can be sent between workers with `structuredClone` or `postMessage`.
 *
 * Slot layout, for a scheme of `n` buckets: bucket balances at `0…n−1`, disputed parts at `n…2n−1`,
 * item counts at `2n…3n−1`, then the overdue balance, its disputed part, the sum of balance × days past
 * due, and the unapplied credit. All in minor units (days for the weighted sum).
 */
export interface AgingCell {
  /** Each sum's part within ±(2^53 − 1), exact. */
  readonly sums: Float64Array;
  /** What overflowed the safe range, by slot; absent until a sum first would. */
  overflow: bigint[] | undefined;
  /** The greatest days past due among counted items; `-Infinity` while there is none. */
  oldest: number;
}
