/** One cell of the packed-package matrix. */
export interface MatrixCell {
  /** `pass`, `fail`, `n/a` (the combination does not exist, e.g. CommonJS of an ESM-only package) or `skipped`. */
  readonly status: 'pass' | 'fail' | 'n/a' | 'skipped';
  /** A short note shown beside the mark, e.g. `99 examples`. */
  readonly note?: string;
}

/** One row of the matrix: an entry point (or a bin) and its cells, in column order. */
export interface MatrixRow {
  readonly label: string;
  readonly cells: readonly MatrixCell[];
}
