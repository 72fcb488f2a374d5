import type { RoleId } from '@receivables/reminder-policy';

/** The KPIs the report computes. @internal */
export type ReportKpiId =
  | 'openBalance'
  | 'overdueRate'
  | 'longOverdueShare'
  | 'weightedDaysPastDue'
  | 'dso'
  | 'bestPossibleDso'
  | 'averageDaysDelinquent'
  | 'cei';

/** A KPI's fixed texts. @internal */
export interface ReportKpiText {
  readonly label: string;
  readonly definition: string;
  /** How it is computed, with the figures used (already formatted), keyed by name. */
  readonly formula: (figures: Readonly<Record<string, string>>) => string;
}

/**
 * Every word `buildReportData` puts into a report, for one locale; templates are functions of the
 * figures they mention.
 *
 * @internal
 */
export interface ReportTexts {
  readonly title: string;
  readonly facts: {
    readonly asOf: string;
    readonly reportingCurrency: string;
    readonly eachCurrency: string;
    readonly rates: (currency: string, rates: readonly (readonly [string, string])[]) => string;
    readonly customers: string;
    readonly openItems: string;
    readonly planWindow: string;
    readonly window: (from: string, to: string) => string;
  };
  readonly aging: {
    readonly title: string;
    readonly description: (asOf: string) => string;
    readonly undisputed: string;
    readonly disputed: string;
    readonly columns: {
      readonly bucket: string;
      readonly balance: string;
      readonly disputed: string;
      readonly total: string;
      readonly overdue: string;
      readonly unapplied: string;
    };
    readonly reportingLine: (currency: string) => string;
  };
  readonly topOverdue: {
    readonly title: string;
    readonly description: (top: number) => string;
    readonly group: (currency: string) => string;
    readonly columns: {
      readonly rank: string;
      readonly customer: string;
      readonly overdue: string;
      readonly balance: string;
      readonly oldestDaysPastDue: string;
      readonly grade: string;
      readonly tier: string;
    };
  };
  readonly grades: {
    readonly title: string;
    readonly description: string;
    readonly barsShowExposure: string;
    readonly barsShowCustomers: string;
    readonly ungraded: string;
    readonly columns: { readonly grade: string; readonly customers: string; readonly exposure: string };
  };
  readonly kpis: {
    readonly title: string;
    readonly description: (asOf: string) => string;
    readonly items: Readonly<Record<ReportKpiId, ReportKpiText>>;
    readonly days: (value: string) => string;
    readonly undefinedValue: (reason: string) => string;
    readonly noBalance: string;
    readonly noSales: string;
    readonly nothingCollectable: string;
    readonly missingRate: (currency: string) => string;
    readonly inCurrency: (label: string, currency: string) => string;
    readonly salesWindow: (from: string, to: string) => string;
  };
  readonly plan: {
    readonly title: string;
    readonly description: (from: string, to: string) => string;
    readonly columns: {
      readonly date: string;
      readonly customer: string;
      readonly channel: string;
      readonly role: string;
      readonly amount: string;
      readonly daysPastDue: string;
      readonly reason: string;
    };
    readonly channels: Readonly<Record<string, string>>;
    readonly roles: Readonly<Record<RoleId, string>>;
    readonly rules: Readonly<Record<string, string>>;
  };
  readonly notes: {
    readonly title: string;
    readonly conversion: (currency: string, rates: string) => string;
    readonly skippedRows: (count: number) => string;
    readonly partialScores: (count: number) => string;
    readonly unscored: (names: string) => string;
    readonly unconverted: (name: string, amounts: string) => string;
    readonly exposureNotConverted: (currencies: string) => string;
    readonly defaultPolicy: string;
    readonly reasonsInEnglish: string;
  };
  readonly empty: string;
  readonly figures: string;
  readonly contents: string;
  readonly footer: (files: number) => string;
}
