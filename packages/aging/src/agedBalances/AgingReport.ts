import type { IsoDate } from '@receivables/core';
import type { BucketScheme } from '../buckets/BucketScheme.ts';
import type { AgedBalance } from './AgedBalance.ts';
import type { AgingBasis } from './AgingBasis.ts';
import type { CustomerAgedBalance } from './CustomerAgedBalance.ts';
import type { DisputedTreatment } from './DisputedTreatment.ts';
import type { GroupAgedBalance } from './GroupAgedBalance.ts';
import type { ReportingAgedBalances } from './ReportingAgedBalances.ts';

/**
 * An aging report as of a date: totals per currency (never mixed), per customer and currency, per tag
 * value and currency, and optionally everything converted to one reporting currency. Lists are sorted
 * by code-unit order of their keys, so equal inputs give equal reports on every machine.
 */
export interface AgingReport {
  /** The day items were aged to. */
  readonly asOf: IsoDate;
  /** What age was measured from. */
  readonly basis: AgingBasis;
  /** The bucket scheme, whose bucket ids the lines' `buckets` follow. */
  readonly scheme: BucketScheme;
  /** Whether balances count disputed parts. */
  readonly disputed: DisputedTreatment;
  /** One line per currency, sorted by code. */
  readonly currencies: readonly AgedBalance[];
  /** One line per customer and currency, sorted by customer id then currency. */
  readonly customers: readonly CustomerAgedBalance[];
  /** One line per `groupBy` tag, value and currency: tags in `groupBy` order, values sorted, `null` last. */
  readonly groups: readonly GroupAgedBalance[];
  /** Present when a reporting currency was asked for. */
  readonly reporting?: ReportingAgedBalances;
}
