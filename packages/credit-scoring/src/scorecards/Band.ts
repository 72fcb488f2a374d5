/**
 * One band of a numeric factor. The first band has no bound and takes every value below the second;
 * each later band starts at its bound, `atLeast` (inclusive, `≥`) or `above` (exclusive, `>`), and runs
 * up to the next band's bound.
 */
export interface Band {
  readonly atLeast?: number;
  readonly above?: number;
  readonly points: number;
}
