import type { Decimal } from 'decimal.js';
import type { AgedBalance } from './AgedBalance.ts';
import type { CustomerAgedBalance } from './CustomerAgedBalance.ts';
import type { GroupAgedBalance } from './GroupAgedBalance.ts';

/** The aging report converted to one reporting currency with the caller's rates. */
export interface ReportingAgedBalances {
  /** The reporting currency, an ISO 4217 code. */
  readonly currency: string;
  /** The rate used for each currency present: units of the reporting currency per unit (1 for itself). */
  readonly rates: Readonly<Record<string, Decimal>>;
  /** All currencies together. */
  readonly total: AgedBalance;
  /** One line per customer, all its currencies together, sorted by customer id. */
  readonly customers: readonly CustomerAgedBalance[];
  /** One line per tag and value, all currencies together. */
  readonly groups: readonly GroupAgedBalance[];
}
