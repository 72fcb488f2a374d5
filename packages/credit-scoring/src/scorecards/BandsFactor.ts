import type { Band } from './Band.ts';
import type { FactorBase } from './FactorBase.ts';
import type { ValueRange } from './ValueRange.ts';

/**
 * A numeric factor scored by bands (thresholds → points), the form in which statistical scorecard tools
 * export binned attributes.
 */
export interface BandsFactor extends FactorBase {
  readonly kind: 'bands';
  /** The input field, a dotted path of own properties, e.g. `ratios.current`. */
  readonly field: string;
  /** Bands in increasing order of their bounds; see {@link Band}. */
  readonly bands: readonly Band[];
  /**
   * The good direction of the value. When given, the bands' points must not decrease in that direction,
   * so that improving the value can never lower the score. Leave it out for U-shaped bins.
   */
  readonly direction?: 'higherIsBetter' | 'lowerIsBetter';
  /** Values outside this range are refused with `INVALID_ARGUMENT`. */
  readonly validRange?: ValueRange;
}
