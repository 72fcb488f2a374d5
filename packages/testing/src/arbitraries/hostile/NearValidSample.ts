/** One near-valid value: a valid value with one thing changed, and where. */
export interface NearValidSample<T = unknown> {
  /** The value with the change made; the valid value it came from is left untouched. */
  readonly value: T;
  /** Where the change was made, from the root, e.g. `['invoices', 2, 'amount']`; empty for the root. */
  readonly path: readonly (string | number)[];
  /** `replaced`: the value at `path` was swapped; `removed`: the key was deleted; `added`: the key was new. */
  readonly change: 'replaced' | 'removed' | 'added';
}
