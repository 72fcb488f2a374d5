import type { PackageSmoke } from './PackageSmoke.ts';

const bothTargets = ['node', 'browser'] as const;

const tinyPortfolio = `{
  customers: [
    { id: 'C1', name: 'Hengda Trading' },
    { id: 'C2', name: 'Lianhua Foods' },
  ],
  invoices: [
    { id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-03-01', dueDate: '2026-04-01', amount: '8000.00' },
    { id: 'INV-2', customerId: 'C2', currency: 'CNY', issueDate: '2026-05-10', dueDate: '2026-06-10', amount: '3000.50' },
  ],
  payments: [{ id: 'P-1', customerId: 'C1', currency: 'CNY', date: '2026-06-01', amount: '2000.00' }],
}`;

/**
 * One smoke program per published entry point. The expected lines are known answers taken from the
 * packages' documented examples or worked out by hand in the comments; a package or subpath export
 * without an entry here makes the packed check fail, so new entry points cannot slip through unchecked.
 */
export const packageSmokes: readonly PackageSmoke[] = [
  {
    packageName: '@receivables/core',
    subpath: '.',
    imports: { core: '@receivables/core' },
    code: `
const total = core.addMoney(core.money('1200.10', 'CNY'), core.money('0.95', 'CNY'));
console.log(core.toDecimalString(total), total.currency);
console.log(core.addBusinessDays(core.mondayToFridayCalendar, '2026-11-20', 1));
try {
  core.money('12.345', 'CNY');
} catch (error) {
  console.log(core.isReceivablesError(error) ? error.code : 'not a ReceivablesError');
}`,
    // 1200.10 + 0.95; Friday 2026-11-20 plus one business day is Monday; CNY has two decimals.
    expected: ['1201.05 CNY', '2026-11-23', 'AMOUNT_TOO_PRECISE'],
    targets: bothTargets,
  },
  {
    packageName: '@receivables/aging',
    subpath: '.',
    imports: { core: '@receivables/core', aging: '@receivables/aging' },
    code: `
const portfolio = core.parsePortfolio(${tinyPortfolio});
const report = aging.ageReceivables(portfolio, { asOf: '2026-06-30', buckets: aging.thirtyDayBuckets });
const cny = report.currencies[0];
console.log(cny ? cny.currency + ' ' + cny.balance.toFixed(2) : 'no currency line');
console.log(cny ? cny.buckets.map((bucket) => bucket.balance.toFixed(2)).join(' ') : '');
try {
  aging.ageReceivables(portfolio, { asOf: '2026-02-30', buckets: aging.thirtyDayBuckets });
} catch (error) {
  console.log(core.isReceivablesError(error) ? error.code : 'not a ReceivablesError');
}`,
    // Open: 8000.00 - 2000.00 = 6000.00 due 2026-04-01, 90 days past due on 2026-06-30 (61–90), and
    // 3000.50 due 2026-06-10, 20 days past due (1–30); buckets: not due, 1–30, 31–60, 61–90, 91–120, over 120.
    expected: ['CNY 9000.50', '0.00 3000.50 0.00 6000.00 0.00 0.00', 'INVALID_DATE'],
    targets: bothTargets,
  },
  {
    packageName: '@receivables/credit-scoring',
    subpath: '.',
    imports: { scoring: '@receivables/credit-scoring' },
    code: `
const statement = {
  totalAssets: 1000, totalLiabilities: 500, currentAssets: 400, currentLiabilities: 200,
  retainedEarnings: 300, ebit: 100, bookEquity: 500, sales: 1500,
};
const z = scoring.altmanZScore(statement, 'private');
console.log(z.score.toString(), z.zone);
const grade = scoring.defaultGradeScale.grades[1];
if (grade === undefined) throw new Error('the default grade scale has no second grade');
const result = scoring.creditLimit({
  currency: 'CNY',
  grade,
  monthsTrading: 24,
  annualCreditSales: '2400000',
  cycleMonths: 1,
  netAssets: '3000000',
  averageMonthlyReceipts: '250000',
  workingCapital: '5000000',
});
console.log(result.limit.amount.toString(), result.limit.currency);`,
    // The documented answers of altmanZScore and creditLimit.
    expected: ['2.6252 grey', '450000 CNY'],
    targets: bothTargets,
  },
  {
    packageName: '@receivables/reminder-policy',
    subpath: '.',
    imports: { core: '@receivables/core', reminders: '@receivables/reminder-policy' },
    code: `
const portfolio = core.parsePortfolio({
  customers: [{ id: 'C1', name: 'Hengda Trading' }],
  invoices: [{ id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-01-05', dueDate: '2026-03-02', amount: '5000.00' }],
});
const calendar = core.createBusinessCalendar({ name: 'weekdays (smoke)' });
const plan = reminders.planReminders(reminders.defaultReminderPolicy, portfolio, { from: '2026-02-16', to: '2026-03-13', calendar });
console.log(plan.map((action) => action.date + ' ' + action.channel + ' ' + action.daysPastDue).join(', '));`,
    // The documented answer of planReminders.
    expected: ['2026-02-20 messaging -10, 2026-03-03 phone 1, 2026-03-10 phone 8, 2026-03-12 letter 10'],
    targets: bothTargets,
  },
  {
    packageName: '@receivables/script-catalog',
    subpath: '.',
    imports: { catalog: '@receivables/script-catalog' },
    code: `
const result = catalog.recommendTactics({
  scenario: 'E5',
  power: 'customerStronger',
  stage: 'earlyOverdue',
  tier: 1,
  locale: 'en',
  flags: { readyToEndRelationship: false, realDeadline: true, authorityToConcede: false },
});
console.log(result.ranked.slice(0, 2).map((entry) => entry.slug).join(' '));
console.log(result.excluded.map((entry) => entry.tactic).join(' '));`,
    // The documented answer of recommendTactics.
    expected: ['plea deadline', 'T7 T10'],
    targets: bothTargets,
  },
  {
    packageName: '@receivables/script-catalog',
    subpath: './locales/en',
    imports: { catalog: '@receivables/script-catalog', english: '@receivables/script-catalog/locales/en' },
    code: `
const onlyEnglish = catalog.createScriptCatalog({ locales: [english.en] });
console.log(english.en.texts.tactics.T5.name, onlyEnglish.defaultLocale, String(onlyEnglish.templates.length));`,
    expected: ['Deadline en 48'],
    targets: bothTargets,
  },
  {
    packageName: '@receivables/script-catalog',
    subpath: './locales/zh-CN',
    imports: { catalog: '@receivables/script-catalog', chinese: '@receivables/script-catalog/locales/zh-CN' },
    code: `
const onlyChinese = catalog.createScriptCatalog({ locales: [chinese.zhCN] });
console.log(chinese.zhCN.texts.scenarios.E5.name, onlyChinese.defaultLocale, String(onlyChinese.templates.length));`,
    expected: ['财务不在 zh-CN 48'],
    targets: bothTargets,
  },
  {
    packageName: '@receivables/script-catalog',
    subpath: './default',
    imports: { catalog: '@receivables/script-catalog', ready: '@receivables/script-catalog/default' },
    code: `
const template = catalog.findTemplate(ready.defaultScriptCatalog, 'financeAway.answer2', 'en');
const variables = {
  contact: 'Ms <b>Wang</b>',
  amount: { amount: '12800.00', currency: 'CNY' },
  invoiceNumbers: ['INV-1001', 'INV-1002'],
};
console.log(String(ready.defaultScriptCatalog.templates.length));
console.log(catalog.renderScript(template, variables, { format: 'html' }).body.split('<br>')[0] ?? '');`,
    // The documented answers of defaultScriptCatalog and renderScript (escaped HTML).
    expected: ['96', '<p>No problem, Ms &lt;b&gt;Wang&lt;/b&gt;, these things happen.'],
    targets: bothTargets,
  },
  {
    packageName: '@receivables/cli',
    subpath: '.',
    imports: { cli: '@receivables/cli' },
    code: `
console.log(String(cli.exitCodes.ok), String(cli.exitCodes.invalidInput));`,
    expected: ['0 3'],
    targets: ['node'],
  },
];
