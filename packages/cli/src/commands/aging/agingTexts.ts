import type { AgingBasis } from '@receivables/aging';
import type { CliLocale } from '../../program/CliOptions.ts';

/** The words of the aging tables in one locale. @internal */
export interface AgingTexts {
  readonly currency: string;
  readonly customer: string;
  readonly group: string;
  readonly balance: string;
  readonly overdue: string;
  readonly disputed: string;
  readonly unapplied: string;
  readonly count: string;
  readonly total: string;
  readonly none: string;
  readonly title: (asOf: string, scheme: string, basis: AgingBasis) => string;
  readonly reportingTitle: (currency: string) => string;
  readonly schemes: Readonly<Record<string, string>>;
  readonly rates: (rates: string) => string;
  readonly unappliedNote: string;
  readonly streamNote: (parts: number, fellBack: boolean) => string;
  readonly skippedNote: (rows: number) => string;
}

const EN: AgingTexts = {
  currency: 'Currency',
  customer: 'Customer',
  group: 'Group',
  balance: 'Balance',
  overdue: 'Overdue',
  disputed: 'Disputed',
  unapplied: 'Unapplied cash',
  count: 'Items',
  total: 'Total',
  none: '(none)',
  title: (asOf, scheme, basis) =>
    `Aged receivables as of ${asOf} (${scheme}, ${basis === 'dueDate' ? 'days past due' : 'age from the invoice date'})`,
  reportingTitle: (currency) => `All currencies in ${currency}`,
  schemes: { thirtyDay: '30-day buckets', management: 'management buckets', chineseAnnual: 'annual buckets' },
  rates: (rates) => `Rates used (${rates}); converted figures rounded once, at the end.`,
  unappliedNote:
    'Unapplied cash (payments and credit notes applied to no invoice) is shown beside the balance, never netted.',
  streamNote: (parts, fellBack) =>
    `Stream mode (${parts} part${parts === 1 ? '' : 's'}${fellBack ? ', read again in one pass: a line break inside quotes' : ''}): only what applications name is applied; the rest of each payment and credit note is unapplied cash (allocation none).`,
  skippedNote: (rows) => `${rows} invalid row${rows === 1 ? '' : 's'} left out (--skip-invalid).`,
};

const ZH: AgingTexts = {
  currency: '币种',
  customer: '客户',
  group: '客户组',
  balance: '余额',
  overdue: '逾期余额',
  disputed: '争议金额',
  unapplied: '未核销款项',
  count: '笔数',
  total: '合计',
  none: '（无）',
  title: (asOf, scheme, basis) =>
    `应收账款账龄（截至 ${asOf}，${scheme}，${basis === 'dueDate' ? '按逾期天数' : '按开票日计账龄'}）`,
  reportingTitle: (currency) => `全部币种折合 ${currency}`,
  schemes: { thirtyDay: '30天分段', management: '管理口径', chineseAnnual: '年度账龄' },
  rates: (rates) => `所用汇率（${rates}）；折算金额仅在最后舍入一次。`,
  unappliedNote: '未核销款项（未冲抵任何发票的收款和红字发票）单列显示，不与余额相抵。',
  streamNote: (parts, fellBack) =>
    `流式模式（分 ${parts} 段${fellBack ? '；引号内有换行，已改为整体读取' : ''}）：只冲抵核销记录指明的发票，收款和红字发票的其余部分计为未核销款项。`,
  skippedNote: (rows) => `已略去 ${rows} 行无效数据（--skip-invalid）。`,
};

/**
 * The aging tables' words in a locale.
 *
 * @param locale - The run's locale.
 * @returns The texts.
 * @internal
 */
export function agingTexts(locale: CliLocale): AgingTexts {
  return locale === 'zh-CN' ? ZH : EN;
}
