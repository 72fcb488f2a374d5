import type { CliLocale } from '../../program/CliOptions.ts';
import type { KpiFigure } from './KpiValue.ts';
import type { KpiFigureContext } from './kpiFigureText.ts';

/** A figure's label in the run's locale; it needs no currency, so headings work for an empty ledger. @internal */
export function kpiFigureLabel(
  figure: Pick<KpiFigure, 'id' | 'month' | 'monthDays'>,
  locale: CliLocale,
  context: Omit<KpiFigureContext, 'currency'>,
): string {
  const zh = locale === 'zh-CN';
  switch (figure.id) {
    case 'days':
      return zh ? '天数' : 'days';
    case 'months':
      return zh ? '月数 N' : 'months N';
    case 'standardDso':
      return zh ? 'DSO（标准法）' : 'DSO (standard)';
    case 'bestPossibleDso':
      return zh ? '最佳可能 DSO' : 'best possible DSO';
    case 'monthSales':
      return zh
        ? `${figure.month ?? ''} 赊销额（${figure.monthDays ?? 0}天）`
        : `sales ${figure.month ?? ''} (${figure.monthDays ?? 0} days)`;
    default:
      return amountLabel(figure.id, zh, context);
  }
}

function amountLabel(id: KpiFigure['id'], zh: boolean, context: Omit<KpiFigureContext, 'currency'>): string {
  switch (id) {
    case 'openingReceivables':
      return zh ? `期初应收（${context.openingDate}）` : `opening receivables (${context.openingDate})`;
    case 'endingReceivables':
      return zh ? '期末应收' : 'ending receivables';
    case 'endingCurrentReceivables':
      return zh ? '期末未到期应收' : 'ending current (not yet due)';
    case 'endingOverdueReceivables':
      return zh ? '逾期余额' : 'overdue';
    case 'endingLongOverdueReceivables':
      return zh
        ? `逾期${context.longOverdueDays}天以上余额`
        : `over ${context.longOverdueDays} days past due`;
    case 'creditSales':
      return zh ? '本期赊销额' : 'credit sales';
    case 'collected':
      return zh ? '本期实收' : 'collected';
    default:
      return zh ? '本期到期应收' : 'due in the period';
  }
}
