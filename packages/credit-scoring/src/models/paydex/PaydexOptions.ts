import type { AmountInput } from '@receivables/core';

/** Options of `paydexIndex` and `paydexScore`. */
export interface PaydexOptions {
  /**
   * Index points lost per day paid beyond the last anchor (120 days late, index 20), down to the floor
   * of 1 (spec §7.1 leaves the slope open). The default loses one point per 10 days, so the floor is
   * reached at 310 days late.
   * @defaultValue `'0.1'`
   */
  readonly pointsPerDayAfterLastAnchor?: AmountInput;
}
