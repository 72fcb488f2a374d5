import type { AmountInput, IsoDate } from '@receivables/core';

/** One published value of a reference rate: the rate in force from `effectiveFrom` until the next entry. */
export interface ReferenceRateEntry {
  /** The first day the rate is in force, e.g. `2025-06-11`. */
  readonly effectiveFrom: IsoDate;
  /**
   * The annual rate as a fraction: `'0.0215'` for 2.15%. It may be negative (the ECB deposit rate was);
   * the total rate built on it may not.
   */
  readonly rate: AmountInput;
}

/**
 * A reference rate's history as data (the ECB main refinancing rate, the Bank of England base rate, the
 * 1-year LPR): an input with effective dates, never a constant of the library, so it can be kept in a file
 * and updated when the central bank moves. Validate it with {@link ReferenceRateTableSchema}.
 *
 * Each entry is in force from its `effectiveFrom` until the day before the next entry; the last entry
 * stays in force through `coveredThrough`, or indefinitely when that is absent. A day before the first
 * entry, or after `coveredThrough`, has no known rate.
 */
export interface ReferenceRateTable {
  /** Names the table in error messages and warnings, e.g. `ECB main refinancing rate`. */
  readonly name: string;
  /** The entries, strictly ascending by `effectiveFrom` (no date twice); at least one. */
  readonly rates: readonly ReferenceRateEntry[];
  /**
   * The last day the table is known to be complete. Interest that needs the rate in force on a later day
   * raises `MISSING_REFERENCE_RATE` instead of silently reusing a stale rate. No entry may start after it.
   *
   * @defaultValue none: the last entry stays in force indefinitely
   */
  readonly coveredThrough?: IsoDate | undefined;
}
