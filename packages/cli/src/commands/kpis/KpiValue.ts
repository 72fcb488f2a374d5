import type { ReceivablesErrorCode } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/** The KPIs the `kpis` command computes from a ledger, in the order it prints them. */
export type KpiId =
  | 'standardDso'
  | 'countBackDso'
  | 'bestPossibleDso'
  | 'averageDaysDelinquent'
  | 'receivablesTurnover'
  | 'turnoverDso'
  | 'collectionEffectivenessIndex'
  | 'overdueRate'
  | 'longOverdueShare'
  | 'collectionRate';

/**
 * What a KPI's value measures: `days`; `ratio`, a fraction (0.25, shown as 25.00 %); `percent`, already
 * multiplied by 100 (CEI); `times`, a number of times per period (turnover).
 */
export type KpiUnit = 'days' | 'ratio' | 'percent' | 'times';

/** The figures a KPI can be computed from (see `CurrencyKpiInputs` for their definitions). */
export type KpiFigureId =
  | 'openingReceivables'
  | 'endingReceivables'
  | 'endingCurrentReceivables'
  | 'endingOverdueReceivables'
  | 'endingLongOverdueReceivables'
  | 'creditSales'
  | 'collected'
  | 'dueInPeriod'
  | 'days'
  | 'months'
  | 'standardDso'
  | 'bestPossibleDso'
  | 'monthSales';

/** One figure that went into a KPI. */
export interface KpiFigure {
  readonly id: KpiFigureId;
  /** An amount (in the line's currency), days or a count, exact. */
  readonly value: Decimal;
  /** For `monthSales`: the month `YYYY-MM` and its days counted. */
  readonly month?: string;
  readonly monthDays?: number;
}

/** One KPI of one currency line: its exact value, or why it has none, and what it was computed from. */
export interface KpiValue {
  readonly id: KpiId;
  readonly unit: KpiUnit;
  /** Exact, not rounded; `null` when the KPI is undefined for these figures (see `unavailable`). */
  readonly value: Decimal | null;
  /** The figures the formula took, in its order. */
  readonly figures: readonly KpiFigure[];
  /** `true` when `value` is only a lower bound (count-back DSO that ran out of sales history). */
  readonly lowerBound?: boolean;
  /** Why there is no value: the code and message of the KPI function's error. */
  readonly unavailable?: { readonly code: ReceivablesErrorCode; readonly message: string };
}
