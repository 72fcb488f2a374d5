import type { AgedBalance } from './AgedBalance.ts';

/** The aged balances of one customer in one currency. */
export interface CustomerAgedBalance extends AgedBalance {
  readonly customerId: string;
}
