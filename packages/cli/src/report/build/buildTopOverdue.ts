import type { AgingReport, CustomerAgedBalance } from '@receivables/aging';
import type { CustomerAssessment } from '../../analysis/CustomerAssessment.ts';
import type { CliLocale } from '../../program/CliOptions.ts';
import type { ReportOverdueCustomer, ReportOverdueGroup, ReportTopOverdue } from '../ReportData.ts';
import type { ReportTexts } from '../ReportTexts.ts';
import { reportAmount } from './reportAmount.ts';

/** What `buildTopOverdue` needs besides the aging report. @internal */
export interface TopOverdueContext {
  readonly texts: ReportTexts;
  readonly locale: CliLocale;
  /** How many customers per ranking. */
  readonly top: number;
  /** Customer names by id. */
  readonly names: ReadonlyMap<string, string>;
  /** Assessments by customer id, for grade and tier. */
  readonly assessments: ReadonlyMap<string, CustomerAssessment>;
}

/**
 * The customers owing the most overdue money: with a reporting currency one ranking of every
 * customer's converted total; otherwise one ranking per currency, since amounts in different
 * currencies are never compared. Only customers with something overdue are ranked: largest first,
 * ties by customer id.
 *
 * @param aging - The aging report.
 * @param context - Words, locale, how many, names and assessments.
 * @returns The section.
 * @internal
 */
export function buildTopOverdue(aging: AgingReport, context: TopOverdueContext): ReportTopOverdue {
  const { texts } = context;
  const byCurrency = new Map<string, CustomerAgedBalance[]>();
  for (const line of aging.reporting?.customers ?? aging.customers) {
    const lines = byCurrency.get(line.currency) ?? [];
    lines.push(line);
    byCurrency.set(line.currency, lines);
  }
  const groups: ReportOverdueGroup[] = [...byCurrency.keys()].sort().map((currency) => ({
    currency,
    label: texts.topOverdue.group(currency),
    customers: (byCurrency.get(currency) ?? [])
      .filter((line) => line.overdue.greaterThan(0))
      .sort(
        (a, b) =>
          b.overdue.comparedTo(a.overdue) ||
          (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0),
      )
      .slice(0, context.top)
      .map((line) => overdueCustomer(line, context)),
  }));
  return {
    title: texts.topOverdue.title,
    description: texts.topOverdue.description(context.top),
    columns: texts.topOverdue.columns,
    groups,
  };
}

function overdueCustomer(line: CustomerAgedBalance, context: TopOverdueContext): ReportOverdueCustomer {
  const assessment = context.assessments.get(line.customerId);
  const grade = assessment?.grade ?? null;
  const tier = assessment?.riskTier;
  return {
    customerId: line.customerId,
    name: context.names.get(line.customerId) ?? line.customerId,
    overdue: reportAmount(line.overdue, line.currency),
    balance: reportAmount(line.balance, line.currency),
    oldestDaysPastDue: line.oldestDaysPastDue,
    grade: grade === null ? null : { id: grade.id, label: grade.label[context.locale] },
    tier:
      tier === undefined ? null : { level: tier.tier, label: `${tier.tier} ${tier.label[context.locale]}` },
  };
}
