import type { CliLocale } from '../program/CliOptions.ts';
import type { ReportTexts } from './ReportTexts.ts';

const en: ReportTexts = {
  title: 'Receivables report',
  facts: {
    asOf: 'As of',
    reportingCurrency: 'Reporting currency',
    eachCurrency: 'Each currency on its own',
    rates: (currency, rates) =>
      rates.length === 0
        ? currency
        : `${currency} (${rates.map(([from, rate]) => `${from} at ${rate}`).join(', ')})`,
    customers: 'Customers',
    openItems: 'Open items',
    planWindow: 'Plan window',
    window: (from, to) => `${from} to ${to}`,
  },
  aging: {
    title: 'Aged balances',
    description: (asOf) =>
      `Open balances by days past due as of ${asOf}. Each bar is one bucket, coloured from not yet due (green) to over a year (dark red); the hatched top is the part in dispute, the rest can be chased now.`,
    undisputed: 'Undisputed (colour by age)',
    disputed: 'Disputed',
    columns: {
      bucket: 'Days past due',
      balance: 'Balance',
      disputed: 'Disputed',
      total: 'Total',
      overdue: 'Overdue',
      unapplied: 'Unapplied cash and credits',
    },
    reportingLine: (currency) => `All in ${currency}`,
  },
  topOverdue: {
    title: 'Largest overdue balances',
    description: (top) =>
      `The ${top} customers owing the most overdue money, with the days past due of their oldest open item, their credit grade and their risk tier.`,
    group: (currency) => `Overdue in ${currency}`,
    columns: {
      rank: '#',
      customer: 'Customer',
      overdue: 'Overdue',
      balance: 'Balance',
      oldestDaysPastDue: 'Oldest DPD',
      grade: 'Grade',
      tier: 'Risk tier',
    },
  },
  grades: {
    title: 'Grade distribution',
    description:
      'How many customers hold each credit grade, and their exposure (open receivables plus unshipped orders).',
    barsShowExposure: 'Bars show the exposure.',
    barsShowCustomers: 'Bars show the number of customers, because the exposure is in several currencies.',
    ungraded: 'Not graded',
    columns: { grade: 'Grade', customers: 'Customers', exposure: 'Exposure' },
  },
  kpis: {
    title: 'Key figures',
    description: (asOf) => `Receivables KPIs as of ${asOf}, each with what it means and how it was computed.`,
    items: {
      openBalance: {
        label: 'Open receivables',
        definition:
          'What customers owe as of the date, due or not. Unapplied cash is shown apart, never netted.',
        formula: (f) => `Σ open items = ${f.balance}`,
      },
      overdueRate: {
        label: 'Overdue rate',
        definition: 'The share of the open balance that is past its due date.',
        formula: (f) => `overdue ÷ open balance = ${f.overdue} ÷ ${f.balance}`,
      },
      longOverdueShare: {
        label: 'Over 90 days past due',
        definition: 'The share of the open balance more than 90 days past due: the hardest money to collect.',
        formula: (f) => `balance over 90 days ÷ open balance = ${f.longOverdue} ÷ ${f.balance}`,
      },
      weightedDaysPastDue: {
        label: 'Average days past due',
        definition:
          'Days past due of the open balance, weighted by amount; items not yet due count negative.',
        formula: () => 'Σ (amount × days past due) ÷ Σ amount',
      },
      dso: {
        label: 'DSO',
        definition: 'Days sales outstanding: how many days of credit sales the open balance represents.',
        formula: (f) => `open balance ÷ credit sales × 365 = ${f.balance} ÷ ${f.sales} × 365 (${f.window})`,
      },
      bestPossibleDso: {
        label: 'Best possible DSO',
        definition: 'The DSO if every customer paid on its due date: what the credit terms alone cost.',
        formula: (f) => `not yet due ÷ credit sales × 365 = ${f.current} ÷ ${f.sales} × 365`,
      },
      averageDaysDelinquent: {
        label: 'Average days delinquent',
        definition: 'The days of DSO caused by late payment rather than by the terms granted.',
        formula: () => 'DSO − best possible DSO',
      },
      cei: {
        label: 'Collection effectiveness (CEI)',
        definition: 'Of what could be collected over the last 3 months, the share that was; 100% is perfect.',
        formula: (f) =>
          `(begin + sales ÷ 3 − end) ÷ (begin + sales ÷ 3 − end not yet due) × 100; begin ${f.begin} (${f.beginDate}), sales ${f.quarterSales}, end ${f.balance}, not yet due ${f.current}`,
      },
    },
    days: (value) => `${value} days`,
    undefinedValue: (reason) => `– (${reason})`,
    noBalance: 'nothing is open',
    noSales: 'no credit sales in the period',
    nothingCollectable: 'nothing fell due in the period',
    missingRate: (currency) => `no rate for ${currency}`,
    inCurrency: (label, currency) => `${label} (${currency})`,
    salesWindow: (from, to) => `sales invoiced ${from} to ${to}`,
  },
  plan: {
    title: 'Planned contacts',
    description: (from, to) =>
      `The contacts the reminder policy schedules from ${from} to ${to}: the channel, who acts, the undisputed amount concerned and why.`,
    columns: {
      date: 'Date',
      customer: 'Customer',
      channel: 'Channel',
      role: 'Who',
      amount: 'Amount',
      daysPastDue: 'DPD',
      reason: 'Why',
    },
    channels: {
      phone: 'Phone',
      messaging: 'Messaging',
      email: 'E-mail',
      letter: 'Letter',
      visit: 'Site visit',
      lawyerLetter: 'Lawyer’s letter',
      legalFiling: 'Legal filing',
    },
    roles: {
      sales: 'Sales',
      delivery: 'Delivery',
      assistant: 'Assistant',
      finance: 'Finance',
      executive: 'Executive',
      legal: 'Legal',
    },
    rules: {
      preDue: 'Pre-due reminder',
      cadence: 'Overdue cadence',
      escalation: 'Escalation',
      limitation: 'Limitation guard',
      brokenPromise: 'Broken promise',
    },
  },
  notes: {
    title: 'Notes',
    conversion: (currency, rates) =>
      `Amounts in other currencies are converted to ${currency} at ${rates} ${currency} per unit; each converted total is rounded once, to the minor unit.`,
    skippedRows: (count) =>
      `${count} input ${count === 1 ? 'row was' : 'rows were'} left out as invalid (--skip-invalid); the figures do not include ${count === 1 ? 'it' : 'them'}.`,
    partialScores: (count) =>
      `${count} ${count === 1 ? 'customer has' : 'customers have'} no credit profile: ${count === 1 ? 'its grade rests' : 'their grades rest'} on the ledger alone (factors without a value are left out of the score).`,
    unscored: (names) => `Could not be graded: ${names}.`,
    unconverted: (name, amounts) =>
      `${name}: ${amounts} could not be converted (no rate) and are left out of its exposure.`,
    exposureNotConverted: (currencies) =>
      `Exposure in ${currencies} has no rate to the reporting currency and is shown in its own currency.`,
    defaultPolicy: 'The plan follows the suite’s default reminder policy (give --policy to use your own).',
    reasonsInEnglish: '',
  },
  empty: 'Nothing to show.',
  figures: 'Figures',
  contents: 'Contents',
  footer: (files) =>
    `Made by the receivables command from ${files} input ${files === 1 ? 'file' : 'files'}. Amounts are exact with all their minor units; only converted totals are rounded, once.`,
};

const zhCN: ReportTexts = {
  title: '应收账款报告',
  facts: {
    asOf: '截至日期',
    reportingCurrency: '报告币种',
    eachCurrency: '各币种分列',
    rates: (currency, rates) =>
      rates.length === 0
        ? currency
        : `${currency}（${rates.map(([from, rate]) => `${from} 汇率 ${rate}`).join('，')}）`,
    customers: '客户数',
    openItems: '未结项目',
    planWindow: '计划期间',
    window: (from, to) => `${from} 至 ${to}`,
  },
  aging: {
    title: '账龄分布',
    description: (asOf) =>
      `截至 ${asOf} 的未收余额，按逾期天数分段。每根柱代表一个账龄段，颜色由未到期（绿色）渐变至逾期一年以上（深红）；斜线部分为争议金额，其余可立即催收。`,
    undisputed: '无争议（颜色表示账龄）',
    disputed: '争议中',
    columns: {
      bucket: '逾期天数',
      balance: '余额',
      disputed: '争议',
      total: '合计',
      overdue: '逾期',
      unapplied: '未核销收款及贷项',
    },
    reportingLine: (currency) => `折合 ${currency} 合计`,
  },
  topOverdue: {
    title: '逾期金额最大的客户',
    description: (top) => `逾期金额最大的 ${top} 个客户，及其最早未结项目的逾期天数、信用等级和风险等级。`,
    group: (currency) => `逾期金额（${currency}）`,
    columns: {
      rank: '序号',
      customer: '客户',
      overdue: '逾期金额',
      balance: '余额',
      oldestDaysPastDue: '最长逾期天数',
      grade: '信用等级',
      tier: '风险等级',
    },
  },
  grades: {
    title: '信用等级分布',
    description: '各信用等级的客户数量及其风险敞口（应收余额加未发货订单）。',
    barsShowExposure: '柱长表示风险敞口。',
    barsShowCustomers: '风险敞口涉及多个币种，柱长表示客户数量。',
    ungraded: '未评级',
    columns: { grade: '等级', customers: '客户数', exposure: '风险敞口' },
  },
  kpis: {
    title: '关键指标',
    description: (asOf) => `截至 ${asOf} 的应收账款指标，附含义及计算方法。`,
    items: {
      openBalance: {
        label: '应收余额',
        definition: '截至当日客户所欠款项（含未到期）。未核销收款单列，不作抵减。',
        formula: (f) => `Σ 未结项目 = ${f.balance}`,
      },
      overdueRate: {
        label: '逾期率',
        definition: '逾期余额占应收余额的比例。',
        formula: (f) => `逾期余额 ÷ 应收余额 = ${f.overdue} ÷ ${f.balance}`,
      },
      longOverdueShare: {
        label: '逾期90天以上占比',
        definition: '逾期超过90天的余额占应收余额的比例：最难收回的部分。',
        formula: (f) => `逾期90天以上余额 ÷ 应收余额 = ${f.longOverdue} ÷ ${f.balance}`,
      },
      weightedDaysPastDue: {
        label: '加权平均逾期天数',
        definition: '按金额加权的应收余额逾期天数；未到期项目按负天数计。',
        formula: () => 'Σ（金额 × 逾期天数）÷ Σ 金额',
      },
      dso: {
        label: '应收账款周转天数（DSO）',
        definition: '应收余额相当于多少天的赊销额。',
        formula: (f) => `应收余额 ÷ 赊销额 × 365 = ${f.balance} ÷ ${f.sales} × 365（${f.window}）`,
      },
      bestPossibleDso: {
        label: '最佳可能DSO',
        definition: '若所有客户均按期付款时的DSO：仅由信用期限带来的天数。',
        formula: (f) => `未到期余额 ÷ 赊销额 × 365 = ${f.current} ÷ ${f.sales} × 365`,
      },
      averageDaysDelinquent: {
        label: '平均拖欠天数（ADD）',
        definition: 'DSO中由逾期付款而非信用期限造成的天数。',
        formula: () => 'DSO − 最佳可能DSO',
      },
      cei: {
        label: '回款有效性指数（CEI）',
        definition: '近3个月可收回款项中实际收回的比例；100%为最佳。',
        formula: (f) =>
          `（期初 + 赊销额 ÷ 3 − 期末）÷（期初 + 赊销额 ÷ 3 − 期末未到期）× 100；期初 ${f.begin}（${f.beginDate}），赊销额 ${f.quarterSales}，期末 ${f.balance}，期末未到期 ${f.current}`,
      },
    },
    days: (value) => `${value} 天`,
    undefinedValue: (reason) => `–（${reason}）`,
    noBalance: '无未结余额',
    noSales: '期间内无赊销',
    nothingCollectable: '期间内无到期款项',
    missingRate: (currency) => `缺少 ${currency} 汇率`,
    inCurrency: (label, currency) => `${label}（${currency}）`,
    salesWindow: (from, to) => `${from} 至 ${to} 开票的赊销额`,
  },
  plan: {
    title: '催收计划',
    description: (from, to) =>
      `催收政策在 ${from} 至 ${to} 安排的联系：方式、负责人、涉及的无争议金额及原因。`,
    columns: {
      date: '日期',
      customer: '客户',
      channel: '方式',
      role: '负责人',
      amount: '金额',
      daysPastDue: '逾期天数',
      reason: '原因',
    },
    channels: {
      phone: '电话',
      messaging: '即时消息',
      email: '电子邮件',
      letter: '信函',
      visit: '上门拜访',
      lawyerLetter: '律师函',
      legalFiling: '诉讼／仲裁',
    },
    roles: {
      sales: '销售',
      delivery: '交付',
      assistant: '助理',
      finance: '财务',
      executive: '高管',
      legal: '法务',
    },
    rules: {
      preDue: '到期前提醒',
      cadence: '逾期催收节奏',
      escalation: '升级',
      limitation: '诉讼时效提醒',
      brokenPromise: '违约承诺跟进',
    },
  },
  notes: {
    title: '说明',
    conversion: (currency, rates) =>
      `其他币种按 ${rates}（每单位折合 ${currency}）折算为 ${currency}；每个折算合计仅在最后四舍五入一次，精确到最小货币单位。`,
    skippedRows: (count) => `${count} 行无效输入已按 --skip-invalid 略过，未计入各项数字。`,
    partialScores: (count) => `${count} 个客户没有信用档案：其等级仅依据账簿数据（无数值的评分因素不计入）。`,
    unscored: (names) => `无法评级：${names}。`,
    unconverted: (name, amounts) => `${name}：${amounts} 因缺少汇率无法折算，未计入其风险敞口。`,
    exposureNotConverted: (currencies) => `${currencies} 的风险敞口缺少折算为报告币种的汇率，按原币种列示。`,
    defaultPolicy: '催收计划采用默认催收政策（可用 --policy 指定自己的政策）。',
    reasonsInEnglish: '“原因”一栏中规则说明的细节为英文。',
  },
  empty: '暂无数据。',
  figures: '数据表',
  contents: '目录',
  footer: (files) =>
    `由 receivables 命令根据 ${files} 个输入文件生成。金额均为精确值，保留全部最小货币单位；仅折算合计四舍五入一次。`,
};

/**
 * The report's words in each locale the command ships.
 *
 * @internal
 */
export const reportTextsByLocale: Readonly<Record<CliLocale, ReportTexts>> = Object.freeze({
  en,
  'zh-CN': zhCN,
});
