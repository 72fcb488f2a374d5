import type { IsoDate } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/**
 * A validated reference rate table ready for lookups: parallel arrays in ascending day order.
 *
 * @internal
 */
export interface LateChargesCompiledTable {
  readonly name: string;
  readonly dates: readonly IsoDate[];
  readonly days: readonly number[];
  readonly rates: readonly Decimal[];
  /** The last day with a known rate, or `undefined` when the last entry runs on indefinitely. */
  readonly coveredThrough: IsoDate | undefined;
  readonly coveredThroughDay: number;
}
