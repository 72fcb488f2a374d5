import type { Decimal } from 'decimal.js';

/**
 * What the credit department knows about one customer beyond the ledger: the financial-statement
 * figures, registry flags and danger signals that scoring and credit limits need. Read from
 * `credit-profiles.csv` (or `.json`); every field but `customerId` may be left empty, and the
 * payment-behaviour figures (on-time ratio, broken promises, days past due, months trading) are derived
 * from the portfolio itself unless a column overrides them.
 */
export interface CreditProfile {
  readonly customerId: string;
  /** The currency of the monetary figures below; the customer's invoicing currency when absent. */
  readonly currency?: string;
  readonly currentRatio?: number;
  readonly debtToAssets?: number;
  readonly collateralCoverage?: number;
  readonly outlook?: 'favourable' | 'neutral' | 'adverse';
  readonly operatingCashFlowToCurrentLiabilities?: number;
  readonly yearsTrading?: number;
  readonly companyAgeYears?: number;
  readonly courtDefaulter?: boolean;
  readonly abnormalOperation?: boolean;
  readonly licenceRevoked?: boolean;
  readonly deregistered?: boolean;
  /** Danger signals observed in the review window, and how many of them are critical. */
  readonly signalCount?: number;
  readonly criticalSignals?: number;
  /** Overrides of the figures otherwise derived from the portfolio. */
  readonly onTimeRatio?: number;
  readonly brokenPromises?: number;
  readonly monthsTrading?: number;
  /** Inputs of the three credit-limit methods (spec 1.7). */
  readonly annualCreditSales?: Decimal;
  readonly cycleMonths?: number;
  readonly netAssets?: Decimal;
  readonly averageMonthlyReceipts?: Decimal;
  readonly workingCapital?: Decimal;
  /** Orders accepted but not yet shipped or invoiced: part of the credit exposure. */
  readonly unshippedOrders?: Decimal;
}
