import type { IsoDate } from '@receivables/core';

/** What `countDangerSignals` finds in a window: the distinct signals seen, and which of them are critical. */
export interface DangerSignalCount {
  /** The first day of the window, included. */
  readonly from: IsoDate;
  /** The last day of the window, included: the `asOf` date. */
  readonly to: IsoDate;
  /** `signalCount` of spec §1.7: how many distinct signals were seen in the window. */
  readonly count: number;
  /** How many of those are critical (★). */
  readonly criticalCount: number;
  /** The distinct signals seen, in catalog order. */
  readonly signalIds: readonly string[];
  /** The critical ones among them, in catalog order. */
  readonly criticalSignalIds: readonly string[];
}
