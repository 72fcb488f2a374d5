import type { CliLocale } from '../../program/CliOptions.ts';
import type { KpiId } from './KpiValue.ts';

/** A KPI's name and formula in one locale. */
export interface KpiDefinition {
  readonly label: string;
  readonly formula: string;
}

type Texts = Readonly<Record<KpiId, (longOverdueDays: number) => KpiDefinition>>;

const EN: Texts = {
  standardDso: () => ({
    label: 'DSO (standard)',
    formula: 'ending receivables ÷ credit sales × days',
  }),
  countBackDso: () => ({
    label: 'DSO (count-back)',
    formula:
      "ending receivables less each month's credit sales, newest first, adding the month's days, until a month's sales exceed the rest; then that fraction of its days",
  }),
  bestPossibleDso: () => ({
    label: 'Best possible DSO',
    formula: 'current (not yet due) receivables ÷ credit sales × days',
  }),
  averageDaysDelinquent: () => ({
    label: 'Average days delinquent (ADD)',
    formula: 'DSO (standard) − best possible DSO',
  }),
  receivablesTurnover: () => ({
    label: 'Receivables turnover (period)',
    formula: 'credit sales ÷ ((opening + ending receivables) ÷ 2)',
  }),
  turnoverDso: () => ({
    label: 'DSO (from turnover)',
    formula: 'days × ((opening + ending receivables) ÷ 2) ÷ credit sales',
  }),
  collectionEffectivenessIndex: () => ({
    label: 'Collection effectiveness index (CEI)',
    formula:
      '(opening + credit sales ÷ N − ending receivables) ÷ (opening + credit sales ÷ N − ending current) × 100, N = months',
  }),
  overdueRate: () => ({ label: 'Overdue rate', formula: 'overdue balance ÷ total balance' }),
  longOverdueShare: (days) => ({
    label: `Share over ${days} days past due`,
    formula: `balance more than ${days} days past due ÷ total balance`,
  }),
  collectionRate: () => ({
    label: 'Collection rate',
    formula: 'collected in the period ÷ due in the period',
  }),
};

const ZH: Texts = {
  standardDso: () => ({ label: '应收账款周转天数 DSO（标准法）', formula: '期末应收 ÷ 本期赊销额 × 天数' }),
  countBackDso: () => ({
    label: 'DSO（倒推法）',
    formula:
      '期末应收自最近月份起逐月扣减当月赊销额并累加当月天数，直至某月赊销额大于余额，再按比例加上该月天数',
  }),
  bestPossibleDso: () => ({ label: '最佳可能 DSO', formula: '期末未到期应收 ÷ 本期赊销额 × 天数' }),
  averageDaysDelinquent: () => ({ label: '平均逾期天数 ADD', formula: 'DSO（标准法）− 最佳可能 DSO' }),
  receivablesTurnover: () => ({
    label: '应收账款周转率（本期）',
    formula: '本期赊销额 ÷ ((期初应收 + 期末应收) ÷ 2)',
  }),
  turnoverDso: () => ({
    label: 'DSO（周转率法）',
    formula: '天数 × ((期初应收 + 期末应收) ÷ 2) ÷ 本期赊销额',
  }),
  collectionEffectivenessIndex: () => ({
    label: '回款有效性指数 CEI',
    formula:
      '(期初应收 + 本期赊销额 ÷ N − 期末应收) ÷ (期初应收 + 本期赊销额 ÷ N − 期末未到期应收) × 100，N = 月数',
  }),
  overdueRate: () => ({ label: '逾期率', formula: '逾期余额 ÷ 总余额' }),
  longOverdueShare: (days) => ({
    label: `逾期${days}天以上占比`,
    formula: `逾期超过${days}天的余额 ÷ 总余额`,
  }),
  collectionRate: () => ({ label: '回款率', formula: '本期实收 ÷ 本期到期应收' }),
};

/**
 * A KPI's name and formula as the `kpis` command prints them, in English or Chinese.
 *
 * @param id - The KPI.
 * @param locale - `en` or `zh-CN`.
 * @param longOverdueDays - The threshold the long-overdue share is named after. @defaultValue `90`
 * @returns The label and the formula in words.
 *
 * @example
 * ```ts
 * import { kpiDefinition } from '@receivables/cli';
 *
 * console.log(kpiDefinition('overdueRate', 'zh-CN').formula); // 逾期余额 ÷ 总余额
 * console.log(kpiDefinition('longOverdueShare', 'en', 60).label); // Share over 60 days past due
 * ```
 */
export function kpiDefinition(id: KpiId, locale: CliLocale, longOverdueDays = 90): KpiDefinition {
  return (locale === 'zh-CN' ? ZH : EN)[id](longOverdueDays);
}
