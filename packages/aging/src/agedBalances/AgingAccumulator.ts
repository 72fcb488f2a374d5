import type { IsoDate } from '@receivables/core';
import type { BucketScheme } from '../buckets/BucketScheme.ts';
import type { AgingBasis } from './AgingBasis.ts';
import type { AgingCell } from './AgingCell.ts';
import type { DisputedTreatment } from './DisputedTreatment.ts';

/**
 * The state of an aging pass as plain data: its settings and the exact running sums per customer and
 * currency. Build it with `createAgingAccumulator`, feed it with `addOpenItem`, `addOpenItems` and
 * `addUnappliedCredit` (which change it in place, for speed), combine partial ones with
 * `mergeAgingAccumulators` and read it with `agingResult`. Nothing is hidden in closures or classes,
 * so `structuredClone` copies it and workers can send it back to be merged.
 */
export interface AgingAccumulator {
  /** The day items are aged to. */
  readonly asOf: IsoDate;
  /** What age is measured from. */
  readonly basis: AgingBasis;
  /** The validated bucket scheme. */
  readonly scheme: BucketScheme;
  /** Whether balances count disputed parts. */
  readonly disputed: DisputedTreatment;
  /** The customer tag names that groups are formed by, in report order. */
  readonly groupBy: readonly string[];
  /** Each known customer's value of every `groupBy` tag (`null` when the customer has no such tag). */
  readonly tagValues: ReadonlyMap<string, readonly (string | null)[]>;
  /** The running sums, by customer id then currency. */
  readonly cells: Map<string, Map<string, AgingCell>>;
  /** `asOf` as a day number. */
  readonly asOfDay: number;
  /** Each bucket's inclusive upper bound, `Infinity` for the last: the hot loop's bucket search. */
  readonly upperBounds: readonly number[];
  /** Started calendar years by date, filled as dates are met (schemes counted in calendar years). */
  readonly yearsByDate: Map<string, number>;
}
