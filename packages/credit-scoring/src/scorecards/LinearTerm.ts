import type { ValueRange } from './ValueRange.ts';

/** One input of a {@link LinearFactor}: `coefficient × value`. */
export interface LinearTerm {
  /** The input field, a dotted path of own properties. */
  readonly field: string;
  readonly coefficient: number;
  /**
   * The value used when the input has none, e.g. 0 broken promises. Without it a missing value makes the
   * whole factor missing, and its missing-value policy applies.
   */
  readonly ifMissing?: number;
  /** Values outside this range are refused with `INVALID_ARGUMENT`. */
  readonly validRange?: ValueRange;
}
