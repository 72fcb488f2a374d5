import type { AgedBalance, AgingReport } from '@receivables/aging';
import type { CliLocale } from '../../program/CliOptions.ts';
import type { ReportAging, ReportAgingLine } from '../ReportData.ts';
import type { ReportTexts } from '../ReportTexts.ts';
import { reportAmount } from './reportAmount.ts';

/**
 * The aging section from an aging report: a line per currency and, when the ledger holds other
 * currencies than the reporting one, the converted total. The converted total is the one charted
 * (bars must share a unit); without a reporting currency every currency gets its own chart. When all
 * open items are already in the reporting currency, the converted line would repeat the currency's
 * line and is left out.
 *
 * @param aging - From `ageReceivables` with the management buckets.
 * @param texts - The locale's words.
 * @param locale - Picks the bucket labels.
 * @returns The section.
 * @internal
 */
export function buildAgingSection(aging: AgingReport, texts: ReportTexts, locale: CliLocale): ReportAging {
  const reporting = aging.reporting;
  const mixed =
    reporting !== undefined && aging.currencies.some((line) => line.currency !== reporting.currency);
  const lines: ReportAgingLine[] = aging.currencies.map((line) =>
    agingLine(`currency:${line.currency}`, line.currency, line, !mixed),
  );
  if (mixed) {
    lines.push(agingLine('reporting', texts.aging.reportingLine(reporting.currency), reporting.total, true));
  }
  return {
    title: texts.aging.title,
    description: texts.aging.description(aging.asOf),
    buckets: aging.scheme.buckets.map((bucket) => ({ id: bucket.id, label: bucket.label[locale] })),
    segments: { undisputed: texts.aging.undisputed, disputed: texts.aging.disputed },
    columns: texts.aging.columns,
    lines,
  };
}

function agingLine(id: string, label: string, line: AgedBalance, charted: boolean): ReportAgingLine {
  const amount = (value: AgedBalance['balance']) => reportAmount(value, line.currency);
  return {
    id,
    label,
    currency: line.currency,
    charted,
    buckets: line.buckets.map((bucket) => {
      // Balances include disputed parts (the default treatment), so the rest is what can be chased now.
      // On a converted line balances and disputed parts are each rounded to foot to their own totals, so a
      // wholly disputed bucket can show a disputed cent more than its balance: the bar stops at the balance.
      const disputed = bucket.disputed.greaterThan(bucket.balance) ? bucket.balance : bucket.disputed;
      return {
        bucketId: bucket.bucketId,
        balance: amount(bucket.balance),
        undisputed: amount(bucket.balance.minus(disputed)),
        disputed: amount(disputed),
        count: bucket.count,
      };
    }),
    balance: amount(line.balance),
    overdue: amount(line.overdue),
    disputed: amount(line.disputed),
    unapplied: amount(line.unapplied),
  };
}
