import type { AmountInput } from '@receivables/core';
import type { GradeDefinition } from '../grades/GradeDefinition.ts';

/**
 * What `creditLimit` knows about a customer, all amounts in `currency`. Each method reads its own fields
 * and is skipped when one is missing (spec §1.3):
 * - sales forecast (销售额预测法): `annualCreditSales`, with `creditDays` and `cycleMonths`;
 * - net assets (净资产法): `netAssets`, with the grade's `netAssetRatio`;
 * - paying capacity (付款能力法): `workingCapital`, plus `averageMonthlyReceipts` for existing customers.
 */
export interface CreditLimitInput {
  /** The ISO 4217 code of every amount and of the limit, e.g. `CNY`. */
  readonly currency: string;
  /** The customer's grade: its net-asset ratio r and, by default, its maximum credit days. */
  readonly grade: GradeDefinition;
  /**
   * The credit term in days.
   * @defaultValue the grade's `maxCreditDays`
   */
  readonly creditDays?: number;
  /** Whole months we have traded with the customer (e.g. `differenceInFullMonths(asOf, onboardedOn)`); 0 for a new one. */
  readonly monthsTrading: number;
  /** Forecast credit sales to this customer for the coming year (S_year). */
  readonly annualCreditSales?: AmountInput;
  /**
   * Extra months of exposure from the statement cycle: 1 for monthly statements (月结), 0 when each
   * invoice has its own terms.
   * @defaultValue `0`
   */
  readonly cycleMonths?: number;
  /** The customer's net assets (净资产) from its latest statement; a negative figure supports no credit. */
  readonly netAssets?: AmountInput;
  /** The average monthly receipts from the customer over the last 6 months (existing customers). */
  readonly averageMonthlyReceipts?: AmountInput;
  /** The customer's working capital (current assets − current liabilities); a negative figure supports no credit. */
  readonly workingCapital?: AmountInput;
}
