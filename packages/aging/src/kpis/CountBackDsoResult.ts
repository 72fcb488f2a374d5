import type { Decimal } from 'decimal.js';

/** What `countBackDso` found: the DSO and how much of the sales history it needed. */
export interface CountBackDsoResult {
  /**
   * The count-back DSO in days, exact to 60 significant digits and not rounded. When `exhausted` is
   * `true` it is only a lower bound: the days of every month given.
   */
  readonly days: Decimal;
  /** How many months, newest first, the receivables reached into, the last partly counted one included. */
  readonly monthsCounted: number;
  /** `true` when the receivables exceed the sales of all months given: more history is needed. */
  readonly exhausted: boolean;
  /** The receivables no month's sales accounted for; zero unless `exhausted`. */
  readonly unmatchedReceivables: Decimal;
}
