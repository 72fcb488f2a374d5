import type { IsoDate } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/**
 * What is known about one customer as of a date: the behaviour facts derived from the ledger, merged
 * with the credit profile (a profile value wins). A fact nobody holds is `null`. Amounts are exact and
 * in the customer's currency (`CustomerAssessment.currency`).
 */
export interface CustomerFacts {
  /** Share of the amount due in the 12 months up to the date that was paid by its due date, 0–1; `null` when nothing fell due. */
  readonly onTimeRatio: number | null;
  /** Promises broken (status `broken`, promised date in the 12 months up to the date). */
  readonly brokenPromises: number;
  /** The most days past due of an open item; 0 when nothing is overdue. */
  readonly maxDaysPastDue: number;
  /** Whole months since `onboardedOn`, or else since the first invoice; 0 without either. */
  readonly monthsTrading: number;
  /** Years trading with us (the profile's, or `monthsTrading / 12`). */
  readonly yearsTrading: number;
  /** When trading started: `onboardedOn` or the first invoice's issue date; `null` without either. */
  readonly tradingSince: IsoDate | null;
  readonly currentRatio: number | null;
  readonly debtToAssets: number | null;
  readonly collateralCoverage: number | null;
  readonly outlook: 'favourable' | 'neutral' | 'adverse' | null;
  readonly operatingCashFlowToCurrentLiabilities: number | null;
  readonly companyAgeYears: number | null;
  readonly courtDefaulter: boolean | null;
  readonly abnormalOperation: boolean | null;
  readonly licenceRevoked: boolean | null;
  readonly deregistered: boolean | null;
  readonly signalCount: number | null;
  readonly criticalSignals: number | null;
  /** What the customer owes as of the date: the open items in its currency (plus converted ones). */
  readonly openReceivables: Decimal;
  /** The part of `openReceivables` past its due date. */
  readonly overdue: Decimal;
  /** Cash and credit on account, applied to nothing; shown, never netted against the receivables. */
  readonly unapplied: Decimal;
  /** Orders accepted but not shipped or invoiced (profile); 0 when unknown. */
  readonly unshippedOrders: Decimal;
  /** Receipts from the customer in the 6 months up to the date, divided by 6 (or the profile's figure). */
  readonly averageMonthlyReceipts: Decimal | null;
  readonly annualCreditSales: Decimal | null;
  readonly cycleMonths: number | null;
  readonly netAssets: Decimal | null;
  readonly workingCapital: Decimal | null;
  /** Days until the limitation period of the oldest open debt ends (negative once ended); `null` when nothing is open. */
  readonly daysToLimitationExpiry: number | null;
}

/** The name of one of the {@link CustomerFacts}. */
export type CustomerFactName = keyof CustomerFacts;
