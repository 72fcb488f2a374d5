import type { CliLocale } from '../program/CliOptions.ts';

/** The words of the analysis commands in one language. @internal */
export interface AnalysisTexts {
  readonly titles: {
    readonly scores: string;
    readonly scoreSummary: string;
    readonly factors: string;
    readonly facts: string;
    readonly reasons: string;
    readonly rules: string;
    readonly limits: string;
    readonly limitSteps: string;
    readonly tier: string;
    readonly plan: string;
    readonly worklist: string;
    readonly scripts: string;
    readonly templates: string;
    readonly tactics: string;
    readonly excluded: string;
    readonly advice: string;
  };
  readonly columns: Readonly<Record<string, string>>;
  readonly facts: Readonly<Record<string, string>>;
  readonly sources: { readonly profile: string; readonly ledger: string; readonly none: string };
  readonly roles: Readonly<Record<string, string>>;
  readonly rules: Readonly<Record<string, string>>;
  readonly words: {
    readonly yes: string;
    readonly no: string;
    readonly complete: string;
    readonly partial: string;
    readonly unscored: string;
    readonly noProfile: string;
    readonly noInputs: string;
    readonly ungraded: string;
    readonly skipped: string;
    readonly missing: string;
    readonly leftOut: string;
    readonly cappedAt: string;
    readonly none: string;
    /** After a shortened list: how many items were left out. */
    readonly more: (count: number) => string;
    readonly noScript: string;
    readonly insteadOf: string;
    readonly unknownExcuse: string;
  };
  readonly notes: {
    readonly partial: (count: number, total: number) => string;
    readonly unscored: (count: number) => string;
    readonly scorecard: (id: string) => string;
    readonly rounded: string;
    readonly unconverted: (customer: string, amounts: string) => string;
    readonly noLimit: (count: number) => string;
    readonly window: (from: string, to: string, count: number) => string;
    readonly policy: (name: string) => string;
    readonly tiers: string;
    readonly renderedTop: (count: number) => string;
    readonly blanks: string;
    readonly renderProblem: (template: string, problem: string) => string;
    readonly nothingOpen: (customer: string, date: string) => string;
  };
}

const en: AnalysisTexts = {
  titles: {
    scores: 'Credit scores',
    scoreSummary: 'Score',
    factors: 'Factors',
    facts: 'Facts',
    reasons: 'Reasons',
    rules: 'Rules applied',
    limits: 'Credit limits',
    limitSteps: 'Credit limit, step by step',
    tier: 'Risk tier',
    plan: 'Reminder plan',
    worklist: "Today's worklist",
    scripts: 'Scripts',
    templates: 'Recommended templates',
    tactics: 'Tactics',
    excluded: 'Excluded tactics',
    advice: 'Advice',
  },
  columns: {
    customer: 'Customer',
    name: 'Name',
    profile: 'Profile',
    score: 'Score',
    grade: 'Grade',
    gradeBeforeRules: 'Grade by score',
    paymentMode: 'Payment mode',
    basis: 'Basis',
    reasons: 'Top reasons',
    factor: 'Factor',
    value: 'Value',
    points: 'Points',
    weight: 'Weight',
    contribution: 'Contribution',
    note: 'Note',
    fact: 'Fact',
    source: 'Source',
    code: 'Code',
    label: 'Meaning',
    impact: 'Points lost',
    rule: 'Rule',
    kind: 'Kind',
    currency: 'Currency',
    creditDays: 'Credit days',
    salesForecast: 'L1 sales forecast',
    netAssets: 'L2 net assets',
    payingCapacity: 'L3 paying capacity',
    combined: 'Combined',
    limit: 'Limit',
    exposure: 'Exposure',
    available: 'Available',
    overdue: 'Overdue',
    tier: 'Tier',
    measures: 'Measures',
    step: 'Step',
    figure: 'Figure',
    date: 'Date',
    invoices: 'Invoices',
    channel: 'Channel',
    role: 'Role',
    level: 'Level',
    amount: 'Amount',
    daysPastDue: 'Days past due',
    reason: 'Reason',
    rank: 'Rank',
    stage: 'Stage',
    excuse: 'Excuse',
    template: 'Template',
    locale: 'Locale',
    subject: 'Subject',
    text: 'Text',
    tactic: 'Tactic',
    channels: 'Channels',
    advice: 'Advice',
    why: 'Reasons',
  },
  facts: {
    onTimeRatio: 'On-time ratio (12 months, by amount)',
    brokenPromises: 'Broken promises (12 months)',
    maxDaysPastDue: 'Most days past due',
    monthsTrading: 'Months trading',
    yearsTrading: 'Years trading',
    tradingSince: 'Trading since',
    currentRatio: 'Current ratio',
    debtToAssets: 'Debt to assets',
    collateralCoverage: 'Collateral coverage',
    outlook: 'Outlook',
    operatingCashFlowToCurrentLiabilities: 'Operating cash flow / current liabilities',
    companyAgeYears: 'Company age (years)',
    courtDefaulter: 'Court defaulter',
    abnormalOperation: 'Irregular operation',
    licenceRevoked: 'Licence revoked',
    deregistered: 'Deregistered',
    signalCount: 'Danger signals',
    criticalSignals: 'Critical danger signals',
    openReceivables: 'Open receivables',
    overdue: 'Overdue',
    unapplied: 'Unapplied cash and credit',
    unshippedOrders: 'Unshipped orders',
    averageMonthlyReceipts: 'Average monthly receipts (6 months)',
    annualCreditSales: 'Annual credit sales',
    cycleMonths: 'Statement cycle (months)',
    netAssets: 'Net assets',
    workingCapital: 'Working capital',
    daysToLimitationExpiry: 'Days to limitation expiry',
    grade: 'Grade',
    netAssetRatio: 'Net-asset ratio r',
    creditDays: 'Credit days',
    combination: 'Combination',
    combined: 'Combined figure',
    newCustomer: 'New customer (under 6 months)',
    factor: 'Factor applied',
    step: 'Rounded down to a multiple of',
    limit: 'Credit limit',
    exposure: 'Exposure = open receivables + unshipped orders',
    available: 'Available = limit − exposure',
    utilisation: 'Utilisation',
    tier: 'Tier',
    firedTrigger: 'Trigger',
    measure: 'Measure',
    unevaluated: 'Not evaluated (no value)',
  },
  sources: { profile: 'profile', ledger: 'ledger', none: '—' },
  roles: {
    sales: 'sales',
    delivery: 'delivery',
    assistant: 'assistant',
    finance: 'finance',
    executive: 'executive',
    legal: 'legal',
  },
  rules: {
    preDue: 'pre-due',
    cadence: 'cadence',
    escalation: 'escalation',
    limitation: 'limitation',
    brokenPromise: 'broken promise',
  },
  words: {
    yes: 'yes',
    no: 'no',
    complete: 'complete',
    partial: 'ledger only, left out',
    unscored: 'not scored',
    noProfile: 'no profile',
    noInputs: 'no limit inputs in the profile',
    ungraded: 'no grade',
    skipped: 'skipped, lacks',
    missing: 'value missing',
    leftOut: 'left out',
    cappedAt: 'capped at',
    none: '—',
    more: (count) => `and ${count} more`,
    noScript: 'no template fits',
    insteadOf: 'instead of',
    unknownExcuse: 'not a known excuse',
  },
  notes: {
    partial: (count, total) =>
      `${count} of ${total} customers ${count === 1 ? 'was' : 'were'} scored on what the ledger shows: factors without a value were left out and the others re-weighted.`,
    unscored: (count) => `${count} ${count === 1 ? 'customer' : 'customers'} could not be scored.`,
    scorecard: (id) => `Scorecard: ${id}.`,
    rounded:
      '≈ marks a figure rounded to the currency’s minor unit for display; JSON output has every digit.',
    unconverted: (customer, amounts) =>
      `${customer}: ${amounts} in other currencies without a rate are left out of its figures (give --currency and --rates).`,
    noLimit: (count) =>
      `${count} ${count === 1 ? 'customer has' : 'customers have'} no credit profile: no limit is computed for ${count === 1 ? 'it' : 'them'}.`,
    window: (from, to, count) => `${count} ${count === 1 ? 'action' : 'actions'} from ${from} to ${to}.`,
    policy: (name) => `Reminder policy: ${name}.`,
    tiers: 'Risk tiers come from the credit assessment as of the as-of date.',
    renderedTop: (count) =>
      `The scripts of the first ${count} lines are rendered below; the others name the template.`,
    blanks: 'Bracketed blanks such as [contact] are for you to fill in.',
    renderProblem: (template, problem) => `${template} could not be rendered: ${problem}`,
    nothingOpen: (customer, date) => `${customer} has nothing open as of ${date}: the amount quoted is 0.`,
  },
};

const zhCN: AnalysisTexts = {
  titles: {
    scores: '信用评分',
    scoreSummary: '评分',
    factors: '评分因素',
    facts: '事实',
    reasons: '扣分原因',
    rules: '适用规则',
    limits: '信用额度',
    limitSteps: '信用额度计算过程',
    tier: '风险分级',
    plan: '催收计划',
    worklist: '今日工作清单',
    scripts: '话术',
    templates: '推荐模板',
    tactics: '策略',
    excluded: '排除的策略',
    advice: '建议',
  },
  columns: {
    customer: '客户',
    name: '名称',
    profile: '信用档案',
    score: '评分',
    grade: '等级',
    gradeBeforeRules: '按分数等级',
    paymentMode: '付款方式',
    basis: '评分依据',
    reasons: '主要原因',
    factor: '因素',
    value: '数值',
    points: '得分',
    weight: '权重',
    contribution: '贡献',
    note: '说明',
    fact: '事实',
    source: '来源',
    code: '代码',
    label: '含义',
    impact: '失分',
    rule: '规则',
    kind: '类型',
    currency: '币种',
    creditDays: '信用天数',
    salesForecast: 'L1 销售额预测法',
    netAssets: 'L2 净资产法',
    payingCapacity: 'L3 付款能力法',
    combined: '合并值',
    limit: '额度',
    exposure: '敞口',
    available: '可用额度',
    overdue: '逾期',
    tier: '分级',
    measures: '措施',
    step: '步骤',
    figure: '数值',
    date: '日期',
    invoices: '发票',
    channel: '渠道',
    role: '角色',
    level: '级别',
    amount: '金额',
    daysPastDue: '逾期天数',
    reason: '原因',
    rank: '排序',
    stage: '阶段',
    excuse: '借口',
    template: '模板',
    locale: '语言',
    subject: '标题',
    text: '正文',
    tactic: '策略',
    channels: '渠道',
    advice: '建议',
    why: '理由',
  },
  facts: {
    onTimeRatio: '按时付款比例（12个月，按金额）',
    brokenPromises: '未兑现付款承诺（12个月）',
    maxDaysPastDue: '最长逾期天数',
    monthsTrading: '合作月数',
    yearsTrading: '合作年数',
    tradingSince: '开始合作',
    currentRatio: '流动比率',
    debtToAssets: '资产负债率',
    collateralCoverage: '担保覆盖率',
    outlook: '行业前景',
    operatingCashFlowToCurrentLiabilities: '经营现金流 / 流动负债',
    companyAgeYears: '企业成立年数',
    courtDefaulter: '失信被执行人',
    abnormalOperation: '经营异常',
    licenceRevoked: '吊销',
    deregistered: '注销',
    signalCount: '危险信号',
    criticalSignals: '严重危险信号',
    openReceivables: '未收应收账款',
    overdue: '逾期金额',
    unapplied: '未核销款项',
    unshippedOrders: '未发货订单',
    averageMonthlyReceipts: '近6个月月均回款',
    annualCreditSales: '年赊销额',
    cycleMonths: '结算周期（月）',
    netAssets: '净资产',
    workingCapital: '营运资金',
    daysToLimitationExpiry: '距诉讼时效届满天数',
    grade: '等级',
    netAssetRatio: '净资产比例 r',
    creditDays: '信用天数',
    combination: '合并方式',
    combined: '合并值',
    newCustomer: '新客户（不满6个月）',
    factor: '调整系数',
    step: '向下取整至',
    limit: '信用额度',
    exposure: '敞口 = 应收账款 + 未发货订单',
    available: '可用额度 = 额度 − 敞口',
    utilisation: '额度使用率',
    tier: '分级',
    firedTrigger: '触发条件',
    measure: '措施',
    unevaluated: '未评估（无数据）',
  },
  sources: { profile: '信用档案', ledger: '账务数据', none: '—' },
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
    cadence: '逾期节奏',
    escalation: '升级',
    limitation: '诉讼时效',
    brokenPromise: '未兑现承诺',
  },
  words: {
    yes: '是',
    no: '否',
    complete: '完整',
    partial: '仅依账务数据，略去',
    unscored: '未评分',
    noProfile: '无信用档案',
    noInputs: '信用档案缺少额度计算数据',
    ungraded: '无等级',
    skipped: '未计算，缺少',
    missing: '数值缺失',
    leftOut: '略去',
    cappedAt: '上限',
    none: '—',
    more: (count) => `等另外${count}张`,
    noScript: '没有适用的模板',
    insteadOf: '代替',
    unknownExcuse: '无法识别的借口',
  },
  notes: {
    partial: (count, total) =>
      `${total}个客户中有${count}个仅按账务数据评分：缺少数值的因素被略去，其余因素重新加权。`,
    unscored: (count) => `${count}个客户无法评分。`,
    scorecard: (id) => `评分卡：${id}。`,
    rounded: '≈ 表示为显示而按币种最小单位取整的数值；JSON 输出保留全部位数。',
    unconverted: (customer, amounts) =>
      `${customer}：其他币种金额 ${amounts} 因无汇率未计入（请提供 --currency 和 --rates）。`,
    noLimit: (count) => `${count}个客户没有信用档案，未计算额度。`,
    window: (from, to, count) => `${from} 至 ${to} 共 ${count} 项催收行动。`,
    policy: (name) => `催收政策：${name}。`,
    tiers: '风险分级来自截至当日的信用评估。',
    renderedTop: (count) => `下方列出前${count}行的完整话术，其余仅列模板编号。`,
    blanks: '方括号内容（如[联系人]）请自行填写。',
    renderProblem: (template, problem) => `${template} 无法生成：${problem}`,
    nothingOpen: (customer, date) => `${customer} 截至 ${date} 没有未收款项：话术中的金额为0。`,
  },
};

/**
 * The words of the score, limits, plan, worklist and scripts commands, by locale.
 *
 * @internal
 */
export const analysisTexts: Readonly<Record<CliLocale, AnalysisTexts>> = { en, 'zh-CN': zhCN };
