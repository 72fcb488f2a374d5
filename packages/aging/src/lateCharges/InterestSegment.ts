import type { IsoDate } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { InterestDayCount } from './InterestDayCount.ts';

/** The reference rate behind a segment of a reference-based rate, for the audit trail. */
export interface SegmentReference {
  /** The table's name, e.g. `ECB main refinancing rate`. */
  readonly name: string;
  /** The reference rate used, as a fraction. */
  readonly rate: Decimal;
  /** The table entry's first day. */
  readonly effectiveFrom: IsoDate;
  /** The day whose rate was taken (1 January, 1 July, 31 December, the first overdue day, …). */
  readonly fixedOn: IsoDate;
}

/** Fields every segment has. */
interface SegmentBase {
  /** First day of the segment, inclusive. */
  readonly from: IsoDate;
  /** Last day of the segment, inclusive. */
  readonly to: IsoDate;
  /** Days from `from` through `to`: `to − from + 1`. */
  readonly days: number;
  /** The outstanding principal on each of these days, in major units; always more than 0. */
  readonly balance: Decimal;
  /** The segment's interest, unrounded. */
  readonly interest: Decimal;
}

/** A run of days at an annual rate: `interest = balance × annualRate × days ÷ dayCount`. */
export interface AnnualInterestSegment extends SegmentBase {
  readonly kind: 'annual';
  /** The annual rate applied, as a fraction; for a reference rate, `reference × multiplier + margin`. */
  readonly annualRate: Decimal;
  readonly dayCount: InterestDayCount;
  /** The reference rate behind `annualRate`, when the rate follows one. */
  readonly reference?: SegmentReference;
}

/** A run of days at a daily rate: `interest = balance × dailyRate × days`. */
export interface DailyInterestSegment extends SegmentBase {
  readonly kind: 'daily';
  /** The daily rate applied, as a fraction. */
  readonly dailyRate: Decimal;
}

/**
 * A run of consecutive days on which both the outstanding principal and the rate stay the same: one line
 * of an interest statement.
 */
export type InterestSegment = AnnualInterestSegment | DailyInterestSegment;
