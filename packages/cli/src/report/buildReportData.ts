import { ageReceivables, managementBuckets } from '@receivables/aging';
import { addDays, type IsoDate, ReceivablesError, toDecimalString } from '@receivables/core';
import { defaultGradeScale, type Scorecard } from '@receivables/credit-scoring';
import type { ReminderPolicy } from '@receivables/reminder-policy';
import { assessCustomers } from '../analysis/assessCustomers.ts';
import { planCustomerReminders } from '../analysis/planCustomerReminders.ts';
import { riskTiersByCustomer } from '../analysis/riskTiersByCustomer.ts';
import type { CliInputs } from '../input/CliInputs.ts';
import type { CliLocale } from '../program/CliOptions.ts';
import { buildAgingSection } from './build/buildAgingSection.ts';
import { buildGradeSection } from './build/buildGradeSection.ts';
import { buildKpis } from './build/buildKpis.ts';
import { buildPlan } from './build/buildPlan.ts';
import { buildTopOverdue } from './build/buildTopOverdue.ts';
import { groupDigits } from './html/groupDigits.ts';
import type { ReportData } from './ReportData.ts';
import { reportTextsByLocale } from './reportTextsByLocale.ts';

/** Options of {@link buildReportData}. */
export interface BuildReportDataOptions {
  /** The day the ledger is seen; the plan starts on it. */
  readonly asOf: IsoDate;
  /** The language of every text. @defaultValue `'en'` */
  readonly locale?: CliLocale;
  /** Converts every cross-currency figure (aging total, ranking, grade exposure, KPIs) to this currency. */
  readonly reportingCurrency?: string;
  /** Units of the reporting currency per unit of each other currency, e.g. `{ USD: '7.1234' }`. @defaultValue `{}` */
  readonly rates?: Readonly<Record<string, string>>;
  /** How many days the plan covers, from `asOf` on (1–366). @defaultValue `7` */
  readonly planDays?: number;
  /** How many customers each overdue ranking lists (1–1000). @defaultValue `10` */
  readonly top?: number;
  /** The reminder policy of the plan. @defaultValue `defaultReminderPolicy` (and the report says so) */
  readonly policy?: ReminderPolicy;
  /** The scorecard of the grades. @defaultValue `sevenItemScorecard` */
  readonly scorecard?: Scorecard;
  /** The page title. @defaultValue "Receivables report" in the locale */
  readonly title?: string;
}

const API = 'buildReportData';

/**
 * Builds the report's data from the run's inputs as of a date: the aging by days past due (management
 * buckets, per currency and converted), the customers owing the most overdue with their grade and risk
 * tier (`assessCustomers`), the grade distribution, the KPIs with their definitions and formulas, the
 * reminder plan of the next days (`planCustomerReminders`, with the assessed tiers), and notes on
 * everything a reader must know (conversions, skipped rows, partial scores, amounts without a rate).
 * Every amount is an exact decimal string with its currency; every text is in `locale`.
 *
 * @param inputs - The validated inputs of the run.
 * @param options - The date, locale, conversion, plan window, ranking length, policy and scorecard.
 * @returns The report data, ready for `renderReport` or JSON output.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for a `planDays` or `top` out of range; what
 *   `ageReceivables` (`MISSING_EXCHANGE_RATE`, `INVALID_RATE`, `INVALID_CURRENCY`), `assessCustomers` and
 *   `planReminders` throw.
 *
 * @example
 * ```ts
 * import { buildReportData } from '@receivables/cli';
 * import { parsePortfolio } from '@receivables/core';
 *
 * const portfolio = parsePortfolio({
 *   customers: [{ id: 'C1', name: 'Hengda Trading' }, { id: 'C2', name: 'Lianhua Foods' }],
 *   invoices: [
 *     { id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-03-01', dueDate: '2026-03-31', amount: '8000.00' },
 *     { id: 'INV-2', customerId: 'C2', currency: 'CNY', issueDate: '2026-06-01', dueDate: '2026-07-01', amount: '3000.00' },
 *   ],
 * });
 * const inputs = { portfolio, creditProfiles: new Map(), history: {}, skipped: [], files: [] };
 * const data = buildReportData(inputs, { asOf: '2026-06-30' });
 * console.log(data.aging.lines[0]?.buckets.map((bucket) => bucket.balance.amount)); // ["3000.00","0.00","0.00","0.00","8000.00","0.00","0.00"]
 * console.log(data.topOverdue.groups[0]?.customers.map((customer) => `${customer.name} ${customer.oldestDaysPastDue}`)); // ["Hengda Trading 91"]
 * console.log(data.kpis.items.find((kpi) => kpi.id === 'overdueRate')?.display); // 72.73%
 * ```
 */
export function buildReportData(inputs: CliInputs, options: BuildReportDataOptions): ReportData {
  const locale = options.locale ?? 'en';
  const texts = reportTextsByLocale[locale];
  const planDays = readCount('planDays', options.planDays, 7, 366);
  const top = readCount('top', options.top, 10, 1000);
  const rates = options.rates ?? {};
  const { asOf, reportingCurrency } = options;
  const conversion = reportingCurrency === undefined ? {} : { reportingCurrency, rates };
  const { portfolio } = inputs;

  const aging = ageReceivables(portfolio, { asOf, buckets: managementBuckets, ...conversion });
  const assessments = assessCustomers(inputs, {
    asOf,
    ...(options.scorecard === undefined ? {} : { scorecard: options.scorecard }),
    ...conversion,
  });
  const window = { from: asOf, to: addDays(asOf, planDays - 1) };
  const actions = planCustomerReminders(inputs, {
    ...window,
    tiers: riskTiersByCustomer(assessments),
    ...(options.policy === undefined ? {} : { policy: options.policy }),
  });
  const names = new Map(portfolio.customers.map((customer) => [customer.id, customer.name]));
  const grades = buildGradeSection(assessments, {
    texts,
    locale,
    gradeScale: options.scorecard?.gradeScale ?? defaultGradeScale,
    rates,
    ...(reportingCurrency === undefined ? {} : { reportingCurrency }),
  });

  const convertedFrom = Object.entries(aging.reporting?.rates ?? {})
    .filter(([currency]) => currency !== reportingCurrency)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, rate]) => [currency, rate.toString()] as const);
  const notes: string[] = [];
  if (reportingCurrency !== undefined && convertedFrom.length > 0) {
    notes.push(
      texts.notes.conversion(
        reportingCurrency,
        convertedFrom.map(([currency, rate]) => `${currency} ${rate}`).join(', '),
      ),
    );
  }
  if (inputs.skipped.length > 0) notes.push(texts.notes.skippedRows(inputs.skipped.length));
  const partial = assessments.filter((assessment) => assessment.score.status === 'partial').length;
  if (partial > 0) notes.push(texts.notes.partialScores(partial));
  const unscored = assessments.filter((assessment) => assessment.score.status === 'unscored');
  if (unscored.length > 0)
    notes.push(texts.notes.unscored(unscored.map((assessment) => assessment.name).join(', ')));
  for (const assessment of assessments) {
    const amounts = [...assessment.unconverted.open, ...assessment.unconverted.unapplied];
    if (amounts.length > 0) {
      notes.push(
        texts.notes.unconverted(
          assessment.name,
          amounts.map((money) => `${money.currency} ${groupDigits(toDecimalString(money))}`).join(', '),
        ),
      );
    }
  }
  if (grades.unconvertedCurrencies.length > 0) {
    notes.push(texts.notes.exposureNotConverted(grades.unconvertedCurrencies.join(', ')));
  }
  if (options.policy === undefined) notes.push(texts.notes.defaultPolicy);
  if (actions.length > 0 && texts.notes.reasonsInEnglish !== '') notes.push(texts.notes.reasonsInEnglish);

  return {
    locale,
    title: options.title ?? texts.title,
    asOf,
    reportingCurrency: reportingCurrency ?? null,
    facts: [
      { label: texts.facts.asOf, value: asOf },
      {
        label: texts.facts.reportingCurrency,
        value:
          reportingCurrency === undefined
            ? texts.facts.eachCurrency
            : texts.facts.rates(reportingCurrency, convertedFrom),
      },
      { label: texts.facts.customers, value: String(portfolio.customers.length) },
      {
        label: texts.facts.openItems,
        value: String(aging.currencies.reduce((sum, line) => sum + line.count, 0)),
      },
      { label: texts.facts.planWindow, value: texts.facts.window(window.from, window.to) },
    ],
    aging: buildAgingSection(aging, texts, locale),
    topOverdue: buildTopOverdue(aging, {
      texts,
      locale,
      top,
      names,
      assessments: new Map(assessments.map((assessment) => [assessment.customerId, assessment])),
    }),
    grades: grades.section,
    kpis: buildKpis(aging, {
      texts,
      portfolio,
      rates,
      ...(reportingCurrency === undefined ? {} : { reportingCurrency }),
    }),
    plan: buildPlan(actions, window, names, texts),
    notes: { title: texts.notes.title, items: notes },
    text: {
      empty: texts.empty,
      figures: texts.figures,
      contents: texts.contents,
      footer: texts.footer(inputs.files.length),
    },
  };
}

function readCount(field: string, value: number | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (Number.isSafeInteger(value) && value >= 1 && value <= max) return value;
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `${API}: ${field} ${String(value)} is not a whole number from 1 to ${max}`,
    { details: { field, value } },
  );
}
