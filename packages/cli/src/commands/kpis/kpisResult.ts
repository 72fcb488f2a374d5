import { addDays, decimal, differenceInDays, type IsoDate } from '@receivables/core';
import type { CurrencyKpiInputs } from '../../analysis/kpiInputs.ts';
import type { CommandResult, OutputTable } from '../../program/CliCommand.ts';
import type { CliLocale } from '../../program/CliOptions.ts';
import { formatAmount } from './formatAmount.ts';
import type { KpiValue } from './KpiValue.ts';
import { kpiDefinition } from './kpiDefinition.ts';
import { kpiFigureLabel } from './kpiFigureLabel.ts';
import { type KpiFigureContext, kpiFigureText } from './kpiFigureText.ts';
import type { KpisOptions } from './readKpisOptions.ts';

/** One line of the result: a currency, or all currencies converted into the reporting currency. @internal */
export interface KpisLine {
  readonly inputs: CurrencyKpiInputs;
  readonly kpis: readonly KpiValue[];
  /** Present on the reporting-currency line: the rates used. */
  readonly rates?: Readonly<Record<string, string>>;
}

const FIGURE_COLUMNS = [
  'openingReceivables',
  'endingReceivables',
  'endingCurrentReceivables',
  'endingOverdueReceivables',
  'endingLongOverdueReceivables',
  'creditSales',
  'collected',
  'dueInPeriod',
] as const;

/**
 * The `kpis` command's tables (the KPIs with formula and figures; the figures per currency) and JSON.
 *
 * @internal
 */
export function kpisResult(
  lines: readonly KpisLine[],
  options: KpisOptions & { readonly asOf: IsoDate; readonly locale: CliLocale },
): CommandResult {
  const zh = options.locale === 'zh-CN';
  // From the period itself, so that an empty ledger still gets a correct title and notes.
  const days = differenceInDays(options.to, options.from) + 1;
  const openingDate = addDays(options.from, -1);
  const months = Math.round((days * 12) / 365);
  const na = zh ? '不适用' : 'n/a';
  const rows: Record<string, string>[] = [];
  const findings: string[] = [];

  for (const line of lines) {
    const scope = scopeLabel(line, zh);
    const context = contextOf(line.inputs);
    for (const kpi of line.kpis) {
      const { label } = kpiDefinition(kpi.id, options.locale, options.longOverdueDays);
      rows.push({
        currency: scope,
        kpi: label,
        value: kpi.value === null ? na : `${kpi.lowerBound ? '≥ ' : ''}${displayValue(kpi)}`,
        unit: unitLabel(kpi, zh),
        figures: figuresText(kpi, options.locale, context),
      });
      findings.push(...findingNotes(kpi, `${scope}${zh ? ' ' : ', '}${label}`, zh));
    }
  }
  const definitions = (lines[0]?.kpis ?? []).map((kpi) => {
    const definition = kpiDefinition(kpi.id, options.locale, options.longOverdueDays);
    return `${definition.label} = ${definition.formula}`;
  });
  const reporting = lines.find((line) => line.rates !== undefined);
  const notes = [
    ...generalNotes({ zh, days, openingDate, months, dayCount: options.dayCount }),
    ...(lines.length === 0
      ? [
          zh
            ? `截至 ${options.to} 台账中没有任何单据。`
            : `The ledger holds no documents up to ${options.to}.`,
        ]
      : []),
    ...definitions,
    ...findings,
    ...(reporting?.rates === undefined ? [] : [ratesNote(reporting.inputs.currency, reporting.rates, zh)]),
  ];

  const kpiTable: OutputTable = {
    id: 'kpis',
    title: zh
      ? `应收账款指标：${options.from} 至 ${options.to}（${days}天）`
      : `Receivables KPIs, ${options.from} to ${options.to} (${days} days)`,
    columns: [
      { key: 'currency', label: zh ? '币种' : 'Currency' },
      { key: 'kpi', label: zh ? '指标' : 'KPI' },
      { key: 'value', label: zh ? '数值' : 'Value', align: 'right' },
      { key: 'unit', label: zh ? '单位' : 'Unit' },
      { key: 'figures', label: zh ? '计算依据' : 'Figures used' },
    ],
    rows,
    notes,
  };
  const figureTable: OutputTable = {
    id: 'kpiFigures',
    title: zh ? `计算依据：${options.from} 至 ${options.to}` : `Figures, ${options.from} to ${options.to}`,
    columns: [
      { key: 'currency', label: zh ? '币种' : 'Currency' },
      ...FIGURE_COLUMNS.map((id) => ({
        key: id,
        label: capitalize(
          kpiFigureLabel({ id }, options.locale, { openingDate, longOverdueDays: options.longOverdueDays }),
        ),
        align: 'right' as const,
      })),
    ],
    rows: lines.map((line) => ({
      currency: scopeLabel(line, zh),
      ...Object.fromEntries(
        FIGURE_COLUMNS.map((id) => [id, formatAmount(line.inputs[id], line.inputs.currency)]),
      ),
    })),
  };

  const currencies = lines.filter((line) => line.rates === undefined).map((line) => jsonLine(line, options));
  return {
    tables: [kpiTable, figureTable],
    json: {
      asOf: options.asOf,
      period: {
        from: options.from,
        to: options.to,
        days,
        openingDate,
        dayCount: options.dayCount,
        ceiMonths: months,
      },
      longOverdueDays: options.longOverdueDays,
      currencies,
      ...(reporting === undefined
        ? {}
        : { reporting: { ...jsonLine(reporting, options), rates: reporting.rates ?? {} } }),
    },
  };
}

function generalNotes(facts: {
  readonly zh: boolean;
  readonly days: number;
  readonly openingDate: IsoDate;
  readonly months: number;
  readonly dayCount: KpisOptions['dayCount'];
}): string[] {
  const { zh, days, openingDate, months, dayCount } = facts;
  if (zh) {
    const basis = dayCount === 'actual' ? `期间实际天数 ${days} 天（含首尾两日）` : `约定天数 ${dayCount}`;
    return [
      `应收为当日终了的未结清项目（含争议部分，未核销的收款不抵减）；期初应收为 ${openingDate} 日终余额。本期赊销为期间内开具的发票，本期实收为期间内的收款（红字发票不计为收款）。`,
      `DSO 类指标的天数：${basis}。CEI 的月数 N = ${months}（期间天数 × 12 ÷ 365，取整）。`,
      '显示值四舍五入到两位小数，比率以百分数显示；--format json 给出精确值。坏账率需要核销记录，台账中没有，故不计算。',
    ];
  }
  const basis =
    dayCount === 'actual'
      ? `the period's actual ${days} days, both ends included`
      : `${dayCount} by convention`;
  return [
    `Receivables are the open items at the end of the day, disputed parts included, unapplied cash not netted; the opening balance is seen on ${openingDate}. Credit sales are the invoices issued in the period, collections the payments dated in it (credit notes are not cash).`,
    `Days of the DSO-type KPIs: ${basis}. CEI months N = ${months} (the period's days × 12 ÷ 365, rounded).`,
    'Values are rounded half up to 2 decimals for display, rates shown in %; --format json gives them exact. The bad-debt rate needs write-offs, which the ledger does not hold.',
  ];
}

function findingNotes(kpi: KpiValue, name: string, zh: boolean): string[] {
  const notes: string[] = [];
  if (kpi.unavailable !== undefined) {
    const { code, message } = kpi.unavailable;
    notes.push(
      zh
        ? `${name}：无法计算，${reasonText(code, message, true)}（${code}）`
        : `${name}: n/a, ${reasonText(code, message, false)} (${code})`,
    );
  }
  if (kpi.lowerBound) {
    notes.push(
      zh
        ? `${name}：销售历史不足以覆盖期末应收，数值为下限`
        : `${name}: the sales history does not cover the ending receivables; the value is a lower bound`,
    );
  }
  return notes;
}

function ratesNote(currency: string, rates: Readonly<Record<string, string>>, zh: boolean): string {
  const list = Object.entries(rates).map(([code, rate]) => `${code} ${rate}`);
  return zh
    ? `折合 ${currency} 的汇率（每单位外币折合 ${currency}）：${list.join('，') || '无需折算'}`
    : `Converted into ${currency} at (units of ${currency} per unit): ${list.join(', ') || 'none needed'}`;
}

function contextOf(inputs: CurrencyKpiInputs): KpiFigureContext {
  return {
    currency: inputs.currency,
    openingDate: inputs.openingDate,
    longOverdueDays: inputs.longOverdueDays,
  };
}

function scopeLabel(line: KpisLine, zh: boolean): string {
  if (line.rates === undefined) return line.inputs.currency;
  return zh ? `全部折合 ${line.inputs.currency}` : `all in ${line.inputs.currency}`;
}

function displayValue(kpi: KpiValue): string {
  if (kpi.value === null) return '';
  return (kpi.unit === 'ratio' ? kpi.value.times(100) : kpi.value).toFixed(2, 4);
}

function unitLabel(kpi: KpiValue, zh: boolean): string {
  switch (kpi.unit) {
    case 'days':
      return zh ? '天' : 'days';
    case 'times':
      return zh ? '次' : 'times';
    default:
      return '%';
  }
}

function reasonText(code: string, message: string, zh: boolean): string {
  switch (code) {
    case 'NO_SALES_IN_PERIOD':
      return zh ? '本期没有赊销' : 'no credit sales in the period';
    case 'ZERO_DENOMINATOR':
      return zh ? '分母为零' : 'its denominator is zero';
    default:
      // The KPI function's own reason, without its name: "collectionEffectivenessIndex: ...".
      return zh ? '数据不满足计算条件（详见 --format json）' : message.replace(/^\w+: /, '');
  }
}

/** The figures of one KPI in one cell; count-back's months are summed up (the JSON lists each). */
function figuresText(kpi: KpiValue, locale: CliLocale, context: KpiFigureContext): string {
  const zh = locale === 'zh-CN';
  const months = kpi.figures.filter((figure) => figure.id === 'monthSales');
  const parts = kpi.figures
    .filter((figure) => figure.id !== 'monthSales')
    .map((figure) => {
      const text = kpiFigureText(figure, locale, context);
      return `${text.label} ${text.value}`;
    });
  const newest = months[0]?.month;
  const oldest = months[months.length - 1]?.month;
  if (newest !== undefined && oldest !== undefined) {
    const sales = formatAmount(
      months.reduce((sum, figure) => sum.plus(figure.value), decimal(0)),
      context.currency,
    );
    parts.push(
      zh
        ? `倒推 ${months.length} 个月（${newest} 至 ${oldest}）赊销额 ${sales}`
        : `${months.length} ${months.length === 1 ? 'month' : 'months'} counted back (${newest} to ${oldest}), sales ${sales}`,
    );
  }
  return parts.join(zh ? '；' : '; ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function jsonLine(
  line: KpisLine,
  options: KpisOptions & { readonly locale: CliLocale },
): Record<string, unknown> {
  const { inputs } = line;
  const context = contextOf(inputs);
  return {
    currency: inputs.currency,
    figures: {
      ...Object.fromEntries(FIGURE_COLUMNS.map((id) => [id, formatAmount(inputs[id], inputs.currency)])),
      monthlySales: inputs.monthlySales.map((month) => ({
        month: month.month,
        from: month.from,
        to: month.to,
        days: month.days,
        sales: formatAmount(month.sales, inputs.currency),
      })),
    },
    kpis: line.kpis.map((kpi) => {
      const definition = kpiDefinition(kpi.id, options.locale, options.longOverdueDays);
      return {
        id: kpi.id,
        label: definition.label,
        formula: definition.formula,
        unit: kpi.unit,
        value: kpi.value === null ? null : kpi.value.toFixed(),
        display: kpi.value === null ? null : displayValue(kpi),
        figures: kpi.figures.map((figure) => ({
          id: figure.id,
          ...(figure.month === undefined ? {} : { month: figure.month, days: figure.monthDays }),
          label: kpiFigureText(figure, options.locale, context).label,
          value: figure.id.endsWith('Dso')
            ? figure.value.toFixed()
            : kpiFigureText(figure, options.locale, context).value,
        })),
        ...(kpi.lowerBound ? { lowerBound: true } : {}),
        ...(kpi.unavailable === undefined
          ? {}
          : { unavailable: { code: kpi.unavailable.code, message: kpi.unavailable.message } }),
      };
    }),
  };
}
