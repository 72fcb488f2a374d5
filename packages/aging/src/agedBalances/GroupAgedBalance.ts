import type { AgedBalance } from './AgedBalance.ts';

/** The aged balances of the customers sharing one value of a tag (a salesperson, a region), in one currency. */
export interface GroupAgedBalance extends AgedBalance {
  /** The tag name, one of the `groupBy` names. */
  readonly tag: string;
  /** The tag's value; `null` for the customers without the tag (or not in the `customers` list). */
  readonly value: string | null;
}
