import type { IsoDate } from '@receivables/core';
import type { CliLocale } from '../program/CliOptions.ts';

/** An exact amount of money: a decimal string with all the minor units of its currency (`'1234.50'`). */
export interface ReportAmount {
  /** The exact decimal, `.` as the decimal point, no grouping, e.g. `'-12.30'` or `'1500.00'`. */
  readonly amount: string;
  /** Its ISO 4217 code. */
  readonly currency: string;
}

/** A stable id with the text shown for it in the run's locale. */
export interface ReportLabel {
  readonly id: string;
  readonly label: string;
}

/** What every section has: a heading and one or two sentences saying what it shows and how to read it. */
export interface ReportSectionText {
  readonly title: string;
  readonly description: string;
}

/** One bucket of one aging line: the open balance, its disputed part and the undisputed rest. */
export interface ReportAgingBucket {
  readonly bucketId: string;
  /** The whole open balance of the bucket: `undisputed + disputed`. */
  readonly balance: ReportAmount;
  /** What can be chased now. */
  readonly undisputed: ReportAmount;
  /** What waits for a dispute to be settled. */
  readonly disputed: ReportAmount;
  /** How many open instalments fall in the bucket. */
  readonly count: number;
}

/** The aged balances of one currency, or of all currencies converted to the reporting currency. */
export interface ReportAgingLine {
  /** `'currency:CNY'` for a currency's own line, `'reporting'` for the converted total. */
  readonly id: string;
  /** What the line is, e.g. `CNY` or `All in CNY`. */
  readonly label: string;
  readonly currency: string;
  /** Whether the page draws this line as a chart (the others are in the table only). */
  readonly charted: boolean;
  /** One per bucket of the scheme, in the scheme's order. */
  readonly buckets: readonly ReportAgingBucket[];
  readonly balance: ReportAmount;
  readonly overdue: ReportAmount;
  readonly disputed: ReportAmount;
  /** Unapplied cash and credit on account, shown beside the balance and never netted against it. */
  readonly unapplied: ReportAmount;
}

/** Aged balances by days past due: a stacked bar per bucket (undisputed below, disputed on top). */
export interface ReportAging extends ReportSectionText {
  /** The buckets of the scheme, in order, with their labels. */
  readonly buckets: readonly ReportLabel[];
  /** The two segments of each bar. */
  readonly segments: { readonly undisputed: string; readonly disputed: string };
  /** Headings of the figures table: buckets down, lines across (balance and disputed part for each). */
  readonly columns: {
    readonly bucket: string;
    readonly balance: string;
    readonly disputed: string;
    readonly total: string;
    readonly overdue: string;
    readonly unapplied: string;
  };
  readonly lines: readonly ReportAgingLine[];
}

/** One customer among those owing the most overdue money. */
export interface ReportOverdueCustomer {
  readonly customerId: string;
  readonly name: string;
  readonly overdue: ReportAmount;
  readonly balance: ReportAmount;
  /** Days past due of the customer's oldest open item; `null` when nothing is open. */
  readonly oldestDaysPastDue: number | null;
  /** The credit grade (id and label); `null` when the customer could not be graded. */
  readonly grade: ReportLabel | null;
  /** The risk tier, 0 (normal) to 4 (legal), with its label; `null` when not assessed. */
  readonly tier: { readonly level: number; readonly label: string } | null;
}

/** The ranking of one currency (or of the reporting currency): customers are only compared in one currency. */
export interface ReportOverdueGroup {
  readonly currency: string;
  /** What the ranking is, e.g. `Overdue in CNY`. */
  readonly label: string;
  /** Largest overdue first; ties by customer id. */
  readonly customers: readonly ReportOverdueCustomer[];
}

/** The customers with the largest overdue balances. */
export interface ReportTopOverdue extends ReportSectionText {
  readonly columns: {
    readonly rank: string;
    readonly customer: string;
    readonly overdue: string;
    readonly balance: string;
    readonly oldestDaysPastDue: string;
    readonly grade: string;
    readonly tier: string;
  };
  readonly groups: readonly ReportOverdueGroup[];
}

/** How many customers hold one grade and what they owe. */
export interface ReportGradeRow {
  readonly gradeId: string;
  readonly label: string;
  /** `false` for the row of customers that could not be graded. */
  readonly graded: boolean;
  readonly count: number;
  /** Open balance plus unshipped orders of those customers: one amount per currency, or one in the reporting currency. */
  readonly exposure: readonly ReportAmount[];
}

/** The grade distribution: customers and exposure per credit grade. */
export interface ReportGrades extends ReportSectionText {
  readonly columns: { readonly grade: string; readonly customers: string; readonly exposure: string };
  /**
   * What the bars show: `exposure` when every exposure is in one currency (so bars compare), else the
   * number of `customers`.
   */
  readonly chart: 'exposure' | 'customers';
  /** In the scale's order, best first, every grade listed (also those with no customer); ungraded customers last. */
  readonly rows: readonly ReportGradeRow[];
}

/** One receivables KPI with what it means and how it is computed. */
export interface ReportKpi {
  readonly id: string;
  readonly label: string;
  /** The figure in its unit rounded for reading (percent points, days or an amount); `null` when it is undefined. */
  readonly value: string | null;
  /** The figure as printed, with its unit, e.g. `43.38%` or `52.1 days`; a dash and the reason when undefined. */
  readonly display: string;
  /** What the KPI says, in a sentence. */
  readonly definition: string;
  /** How it is computed here, with the period and figures used. */
  readonly formula: string;
}

/** The KPIs. */
export interface ReportKpis extends ReportSectionText {
  readonly items: readonly ReportKpi[];
}

/** One contact the reminder plan schedules. */
export interface ReportPlannedAction {
  readonly date: IsoDate;
  readonly customerId: string;
  readonly customerName: string;
  readonly channel: ReportLabel;
  readonly role: ReportLabel;
  /** The undisputed open amount the contact is about. */
  readonly amount: ReportAmount;
  readonly daysPastDue: number;
  /** Why: the rule that fired and its detail. */
  readonly reason: string;
}

/** The week's planned contacts. */
export interface ReportPlan extends ReportSectionText {
  /** The window, both ends included. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly columns: {
    readonly date: string;
    readonly customer: string;
    readonly channel: string;
    readonly role: string;
    readonly amount: string;
    readonly daysPastDue: string;
    readonly reason: string;
  };
  /** Sorted by date, then customer. */
  readonly actions: readonly ReportPlannedAction[];
}

/** Short facts under the title: label and value as printed. */
export interface ReportFact {
  readonly label: string;
  readonly value: string;
}

/**
 * Everything the HTML report shows, as plain JSON-friendly data: amounts as exact decimal strings with
 * their currency, dates as ISO strings, every text already in the run's locale. `buildReportData`
 * makes it from the ledger; `renderReport` lays it out and adds no words of its own, so a report can
 * also be made from data built elsewhere (and the same data always gives the same page).
 */
export interface ReportData {
  /** The page language (`<html lang>`). */
  readonly locale: CliLocale;
  readonly title: string;
  readonly asOf: IsoDate;
  /** The currency every cross-currency figure is converted to; `null` when each currency is shown on its own. */
  readonly reportingCurrency: string | null;
  /** Facts under the title: as-of date, reporting currency and rates, customers, open items. */
  readonly facts: readonly ReportFact[];
  readonly aging: ReportAging;
  readonly topOverdue: ReportTopOverdue;
  readonly grades: ReportGrades;
  readonly kpis: ReportKpis;
  readonly plan: ReportPlan;
  /** Heading of the notes and what a reader must know: conversions, assumptions, anything left out. */
  readonly notes: { readonly title: string; readonly items: readonly string[] };
  /** Texts the page needs around the data: empty sections, the charts' table captions, the footer. */
  readonly text: {
    /** Shown in a section with nothing to list. */
    readonly empty: string;
    /** Names a chart's figures table for screen readers, e.g. `Figures`. */
    readonly figures: string;
    /** The label of the page's table of contents. */
    readonly contents: string;
    /** The footer line. */
    readonly footer: string;
  };
}
