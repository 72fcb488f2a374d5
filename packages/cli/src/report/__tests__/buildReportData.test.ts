import { decimal, type Portfolio, parsePortfolio } from '@receivables/core';
import { portfolioArbitrary } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CliInputs } from '../../input/CliInputs.ts';
import { buildReportData } from '../buildReportData.ts';
import type { ReportData } from '../ReportData.ts';
import { renderReport } from '../renderReport.ts';

const portfolio = parsePortfolio({
  customers: [
    { id: 'C1', name: 'Hengda Trading' },
    { id: 'C2', name: 'Lianhua Foods' },
    { id: 'C3', name: 'Pacific <Imports> "LLC"' },
  ],
  invoices: [
    {
      id: 'INV-1',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
      amount: '8000.00',
    },
    {
      id: 'INV-2',
      customerId: 'C2',
      currency: 'CNY',
      issueDate: '2026-06-01',
      dueDate: '2026-07-01',
      amount: '3000.00',
    },
    {
      id: 'INV-3',
      customerId: 'C3',
      currency: 'USD',
      issueDate: '2026-05-01',
      dueDate: '2026-05-31',
      amount: '1000.00',
    },
    {
      id: 'INV-4',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-05-15',
      dueDate: '2026-06-14',
      amount: '2000.00',
    },
  ],
  payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-06-20', amount: '1000.00' }],
  disputes: [
    {
      id: 'D1',
      customerId: 'C1',
      invoiceId: 'INV-4',
      openedOn: '2026-06-20',
      amount: '500.00',
      reason: 'quality',
    },
  ],
});

const inputs = (ledger: Portfolio = portfolio): CliInputs => ({
  portfolio: ledger,
  creditProfiles: new Map(),
  history: {},
  skipped: [],
  files: ['customers.csv', 'invoices.csv'],
});

const inCny = { asOf: '2026-06-30', reportingCurrency: 'CNY', rates: { USD: '7.1234' } } as const;

const amounts = (values: readonly { readonly amount: string }[]) => values.map((value) => value.amount);

describe('buildReportData', () => {
  const data = buildReportData(inputs(), inCny);

  it('ages the ledger per currency and converted, charting the converted total', () => {
    expect(data.aging.buckets.map((bucket) => bucket.id)).toEqual([
      'notDue',
      'd1to30',
      'd31to60',
      'd61to90',
      'd91to180',
      'd181to365',
      'over365',
    ]);
    expect(data.aging.lines.map((line) => [line.id, line.label, line.charted])).toEqual([
      ['currency:CNY', 'CNY', false],
      ['currency:USD', 'USD', false],
      ['reporting', 'All in CNY', true],
    ]);
    const [cny, , all] = data.aging.lines;
    // The unnamed payment of 1,000.00 goes to the oldest item, INV-1: 7,000.00 left, 91 days past due.
    expect(amounts(cny!.buckets.map((bucket) => bucket.balance))).toEqual([
      '3000.00',
      '2000.00',
      '0.00',
      '0.00',
      '7000.00',
      '0.00',
      '0.00',
    ]);
    expect(amounts(all!.buckets.map((bucket) => bucket.balance))).toEqual([
      '3000.00',
      '9123.40',
      '0.00',
      '0.00',
      '7000.00',
      '0.00',
      '0.00',
    ]);
    expect(all!.buckets[1]).toEqual({
      bucketId: 'd1to30',
      balance: { amount: '9123.40', currency: 'CNY' },
      undisputed: { amount: '8623.40', currency: 'CNY' },
      disputed: { amount: '500.00', currency: 'CNY' },
      count: 2,
    });
    expect([all!.balance, all!.overdue, all!.disputed]).toEqual([
      { amount: '19123.40', currency: 'CNY' },
      { amount: '16123.40', currency: 'CNY' },
      { amount: '500.00', currency: 'CNY' },
    ]);
  });

  it('ranks the customers with something overdue, largest first, with grade and tier', () => {
    expect(data.topOverdue.groups).toHaveLength(1);
    const [group] = data.topOverdue.groups;
    expect(group?.label).toBe('Overdue in CNY');
    expect(
      group?.customers.map((customer) => [
        customer.customerId,
        customer.name,
        customer.overdue.amount,
        customer.oldestDaysPastDue,
      ]),
    ).toEqual([
      ['C1', 'Hengda Trading', '9000.00', 91],
      ['C3', 'Pacific <Imports> "LLC"', '7123.40', 30],
    ]);
    // 91 days past due is tier 4 (legal) in the default tiers.
    expect(group?.customers[0]?.tier).toEqual({ level: 4, label: '4 Legal' });
    expect(group?.customers[0]?.grade?.id).toMatch(/^(AAA|AA|A|B|C|D)$/);
    expect(buildReportData(inputs(), { ...inCny, top: 1 }).topOverdue.groups[0]?.customers).toHaveLength(1);
  });

  it('computes the KPIs on the converted total with their figures in the formula', () => {
    const kpi = (id: string) => data.kpis.items.find((item) => item.id === id);
    expect(data.kpis.items.map((item) => item.id)).toEqual([
      'openBalance',
      'overdueRate',
      'longOverdueShare',
      'weightedDaysPastDue',
      'dso',
      'bestPossibleDso',
      'averageDaysDelinquent',
      'cei',
    ]);
    expect(kpi('openBalance')).toMatchObject({ value: '19123.40', display: 'CNY 19,123.40' });
    expect(kpi('overdueRate')).toMatchObject({
      value: '84.31',
      display: '84.31%',
      formula: 'overdue ÷ open balance = CNY 16,123.40 ÷ CNY 19,123.40',
    });
    expect(kpi('longOverdueShare')).toMatchObject({ value: '36.60', display: '36.60%' });
    // Credit sales of the 365 days: 13,000.00 CNY + 1,000.00 USD × 7.1234 = 20,123.40.
    expect(kpi('dso')).toMatchObject({ value: '346.9', display: '346.9 days' });
    expect(kpi('dso')?.formula).toBe(
      'open balance ÷ credit sales × 365 = CNY 19,123.40 ÷ CNY 20,123.40 × 365 (sales invoiced 2025-07-01 to 2026-06-30)',
    );
    expect(kpi('bestPossibleDso')).toMatchObject({ value: '54.4' });
    expect(kpi('averageDaysDelinquent')).toMatchObject({ value: '292.4' });
    // Beginning 2026-03-30: 8,000.00; sales since 12,123.40: (8000 + 4041.13 − 19123.40) ÷ (8000 + 4041.13 − 3000).
    expect(kpi('cei')).toMatchObject({ value: '-78.33', display: '-78.33%' });
    expect(kpi('cei')?.formula).toContain('begin CNY 8,000.00 (2026-03-30), sales CNY 12,123.40');
  });

  it('shows an undefined KPI with a dash and the reason', () => {
    const empty = buildReportData(inputs(parsePortfolio({ customers: [], invoices: [] })), inCny);
    const overdue = empty.kpis.items.find((item) => item.id === 'overdueRate');
    expect(overdue).toMatchObject({ value: null, display: '– (nothing is open)' });
    expect(empty.kpis.items.find((item) => item.id === 'dso')).toMatchObject({
      value: null,
      display: '– (no credit sales in the period)',
    });
    expect(empty.aging.lines).toEqual([]);
    expect(empty.topOverdue.groups).toEqual([]);
  });

  it('lists every grade of the scale with counts adding up to the customers and the exposure in CNY', () => {
    expect(data.grades.rows.slice(0, 6).map((row) => row.gradeId)).toEqual(['AAA', 'AA', 'A', 'B', 'C', 'D']);
    expect(data.grades.rows.reduce((sum, row) => sum + row.count, 0)).toBe(3);
    expect(data.grades.chart).toBe('exposure');
    const exposure = data.grades.rows.flatMap((row) => row.exposure);
    expect(new Set(exposure.map((amount) => amount.currency))).toEqual(new Set(['CNY']));
    expect(exposure.reduce((sum, amount) => sum.plus(amount.amount), decimal(0)).toFixed(2)).toBe('19123.40');
  });

  it('plans the contacts of the next 7 days, from the as-of date on', () => {
    expect([data.plan.from, data.plan.to]).toEqual(['2026-06-30', '2026-07-06']);
    expect(data.plan.actions.length).toBeGreaterThan(0);
    for (const action of data.plan.actions) {
      expect(action.date >= '2026-06-30' && action.date <= '2026-07-06').toBe(true);
      expect(action.amount.amount).toMatch(/^\d+\.\d{2}$/);
      expect(action.reason).toMatch(
        /^(Pre-due reminder|Overdue cadence|Escalation|Limitation guard|Broken promise): /,
      );
    }
    const dates = data.plan.actions.map((action) => action.date);
    expect([...dates].sort()).toEqual(dates);
    const short = buildReportData(inputs(), { ...inCny, planDays: 1 });
    expect(short.plan.to).toBe('2026-06-30');
    expect(short.plan.actions.every((action) => action.date === '2026-06-30')).toBe(true);
  });

  it('states the facts and notes a reader needs', () => {
    expect(data.facts).toEqual([
      { label: 'As of', value: '2026-06-30' },
      { label: 'Reporting currency', value: 'CNY (USD at 7.1234)' },
      { label: 'Customers', value: '3' },
      { label: 'Open items', value: '4' },
      { label: 'Plan window', value: '2026-06-30 to 2026-07-06' },
    ]);
    expect(data.notes.items).toEqual([
      'Amounts in other currencies are converted to CNY at USD 7.1234 CNY per unit; each converted total is rounded once, to the minor unit.',
      '3 customers have no credit profile: their grades rest on the ledger alone (factors without a value are left out of the score).',
      'The plan follows the suite’s default reminder policy (give --policy to use your own).',
    ]);
    const skipped = buildReportData(
      {
        ...inputs(),
        skipped: [{ file: 'invoices.csv', row: 3, code: 'INVALID_AMOUNT', reason: 'not a decimal' }],
      },
      inCny,
    );
    expect(skipped.notes.items).toContain(
      '1 input row was left out as invalid (--skip-invalid); the figures do not include it.',
    );
    expect(data.text.footer).toContain('from 2 input files');
  });

  it('keeps each currency apart without a reporting currency', () => {
    const apart = buildReportData(inputs(), { asOf: '2026-06-30' });
    expect(apart.reportingCurrency).toBeNull();
    expect(apart.aging.lines.map((line) => [line.id, line.charted])).toEqual([
      ['currency:CNY', true],
      ['currency:USD', true],
    ]);
    expect(
      apart.topOverdue.groups.map((group) => [group.currency, group.customers.map((c) => c.customerId)]),
    ).toEqual([
      ['CNY', ['C1']],
      ['USD', ['C3']],
    ]);
    expect(apart.kpis.items.filter((item) => item.id.startsWith('overdueRate'))).toMatchObject([
      { id: 'overdueRate:CNY', label: 'Overdue rate (CNY)', value: '75.00' },
      { id: 'overdueRate:USD', label: 'Overdue rate (USD)', value: '100.00' },
    ]);
    expect(apart.grades.chart).toBe('customers');
    expect(apart.facts[1]).toEqual({ label: 'Reporting currency', value: 'Each currency on its own' });
  });

  it('speaks Chinese with --locale zh-CN', () => {
    const chinese = buildReportData(inputs(), { ...inCny, locale: 'zh-CN' });
    expect(chinese.locale).toBe('zh-CN');
    expect(chinese.title).toBe('应收账款报告');
    expect(chinese.aging.buckets[1]?.label).toBe('逾期1-30天');
    expect(chinese.aging.lines.at(-1)?.label).toBe('折合 CNY 合计');
    expect(chinese.kpis.items[1]).toMatchObject({ label: '逾期率', display: '84.31%' });
    expect(chinese.plan.actions[0]?.channel.label).toMatch(/[\u4e00-\u9fff]/);
    expect(chinese.notes.items).toContain('“原因”一栏中规则说明的细节为英文。');
  });

  it('is rendered with every name escaped', () => {
    const page = renderReport(data);
    expect(page).not.toContain('<Imports>');
    expect(page).toContain('Pacific &lt;Imports&gt; &quot;LLC&quot;');
  });

  it('refuses a missing rate with MISSING_EXCHANGE_RATE and a bad window or ranking with INVALID_ARGUMENT', () => {
    expect(() => buildReportData(inputs(), { asOf: '2026-06-30', reportingCurrency: 'CNY' })).toThrow(
      expect.objectContaining({ code: 'MISSING_EXCHANGE_RATE' }),
    );
    for (const bad of [
      { planDays: 0 },
      { planDays: 367 },
      { planDays: 1.5 },
      { top: 0 },
      { top: Number.NaN },
    ]) {
      expect(() => buildReportData(inputs(), { ...inCny, ...bad })).toThrow(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringMatching(/^buildReportData: (planDays|top) /),
        }),
      );
    }
  });
});

const ledgers = portfolioArbitrary({ maxCustomers: 4, maxInvoices: 8, currencies: ['CNY', 'USD'] });
const rates = { USD: '7.1234' };

describe('properties', () => {
  it('the aging foots: undisputed + disputed = balance per bucket, and the buckets add up to the line', () => {
    fc.assert(
      fc.property(ledgers, (ledger) => {
        const data = buildReportData(inputs(ledger), { asOf: '2026-06-30', reportingCurrency: 'CNY', rates });
        for (const line of data.aging.lines) {
          let sum = decimal(0);
          for (const bucket of line.buckets) {
            expect(decimal(bucket.undisputed.amount).plus(bucket.disputed.amount).toFixed(2)).toBe(
              bucket.balance.amount,
            );
            expect(decimal(bucket.undisputed.amount).isNegative()).toBe(false);
            sum = sum.plus(bucket.balance.amount);
          }
          expect(sum.toFixed(2)).toBe(line.balance.amount);
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('the ranking is ordered: overdue never increases down the list and every customer listed owes something overdue', () => {
    fc.assert(
      fc.property(ledgers, fc.integer({ min: 1, max: 4 }), (ledger, top) => {
        const data = buildReportData(inputs(ledger), { asOf: '2026-06-30', top });
        for (const group of data.topOverdue.groups) {
          expect(group.customers.length).toBeLessThanOrEqual(top);
          const overdue = group.customers.map((customer) => decimal(customer.overdue.amount));
          overdue.forEach((amount, index) => {
            expect(amount.greaterThan(0)).toBe(true);
            if (index > 0) expect(amount.lessThanOrEqualTo(overdue[index - 1]!)).toBe(true);
          });
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('every customer is counted once in the grade distribution', () => {
    fc.assert(
      fc.property(ledgers, (ledger) => {
        const data: ReportData = buildReportData(inputs(ledger), { asOf: '2026-06-30' });
        expect(data.grades.rows.reduce((sum, row) => sum + row.count, 0)).toBe(ledger.customers.length);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('is deterministic: the same inputs give equal data and the same page', () => {
    const first = buildReportData(inputs(), inCny);
    const second = buildReportData(inputs(), inCny);
    expect(second).toEqual(first);
    expect(renderReport(second)).toBe(renderReport(first));
  });
});
