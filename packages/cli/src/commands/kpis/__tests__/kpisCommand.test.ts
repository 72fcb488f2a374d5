import {
  isReceivablesError,
  type Portfolio,
  type PortfolioInput,
  parsePortfolio,
  serializePortfolio,
} from '@receivables/core';
import { portfolioArbitrary } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kpiInputs } from '../../../analysis/kpiInputs.ts';
import type { CommandResult } from '../../../program/CliCommand.ts';
import { parseCliOptions } from '../../../program/parseCliOptions.ts';
import type { RawCliOptions } from '../../../program/RawCliOptions.ts';
import { evaluateKpis } from '../evaluateKpis.ts';
import { kpiDefinition } from '../kpiDefinition.ts';
import { kpisCommand } from '../kpisCommand.ts';

/**
 * The spec's CEI test (§2.5) as a ledger: a quarter opening with 6,200 owed, 10,890 of credit sales,
 * closing with 6,340 owed of which 3,590 not yet due.
 */
const quarter: PortfolioInput = {
  customers: [
    { id: 'C1', name: 'Hengda Trading' },
    { id: 'C2', name: 'Pacific Imports' },
  ],
  invoices: [
    {
      id: 'A',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2025-11-15',
      dueDate: '2025-12-15',
      amount: '6200.00',
    },
    {
      id: 'B',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-01-10',
      dueDate: '2026-02-09',
      amount: '7300.00',
    },
    {
      id: 'C',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-03-15',
      dueDate: '2026-04-14',
      amount: '3590.00',
    },
  ],
  payments: [
    { id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-01-20', amount: '6200.00' },
    { id: 'P2', customerId: 'C1', currency: 'CNY', date: '2026-03-01', amount: '4550.00' },
  ],
};

/** The spec's turnover test (§2.5): a year with 3,650 of sales, receivables 400 → 600. */
const year: PortfolioInput = {
  customers: [{ id: 'C1', name: 'Hengda Trading' }],
  invoices: [
    {
      id: 'I0',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2024-12-01',
      dueDate: '2025-01-31',
      amount: '400.00',
    },
    {
      id: 'I1',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2025-03-01',
      dueDate: '2025-04-30',
      amount: '3050.00',
    },
    {
      id: 'I2',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2025-12-01',
      dueDate: '2026-01-30',
      amount: '600.00',
    },
  ],
  payments: [
    { id: 'P1', customerId: 'C1', currency: 'CNY', date: '2025-02-15', amount: '400.00' },
    { id: 'P2', customerId: 'C1', currency: 'CNY', date: '2025-05-10', amount: '3050.00' },
  ],
};

async function run(
  ledger: Portfolio,
  shared: RawCliOptions,
  commandOptions: Record<string, unknown> = {},
): Promise<CommandResult> {
  const options = parseCliOptions(shared, { cwd: '.', today: '2026-03-31' });
  return kpisCommand.run({
    options,
    commandOptions,
    io: { stdout: () => {}, stderr: () => {}, cwd: '.', interactive: false, env: {} },
    loadInputs: async () => ({
      portfolio: ledger,
      creditProfiles: new Map(),
      history: {},
      skipped: [],
      files: [],
    }),
  });
}

interface JsonKpi {
  readonly id: string;
  readonly value: string | null;
  readonly display: string | null;
  readonly figures: readonly { readonly id: string; readonly value: string }[];
  readonly unavailable?: { readonly code: string };
}
interface JsonLine {
  readonly currency: string;
  readonly figures: Record<string, unknown>;
  readonly kpis: readonly JsonKpi[];
}
interface KpisJson {
  readonly period: Record<string, unknown>;
  readonly currencies: readonly JsonLine[];
  readonly reporting?: JsonLine & { readonly rates: Record<string, string> };
}

function displays(line: JsonLine | undefined): Record<string, string | null> {
  return Object.fromEntries((line?.kpis ?? []).map((kpi) => [kpi.id, kpi.display]));
}

describe('kpis', () => {
  it("computes the spec's CEI of 55.9 % from a ledger, with every other KPI of the quarter", async () => {
    const result = await run(parsePortfolio(quarter), { asOf: '2026-03-31' }, { from: '2026-01-01' });
    const json = result.json as KpisJson;
    expect(json.period).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      days: 90,
      openingDate: '2025-12-31',
      dayCount: 'actual',
      ceiMonths: 3,
    });
    const [cny] = json.currencies;
    expect(cny?.figures).toMatchObject({
      openingReceivables: '6200.00',
      endingReceivables: '6340.00',
      endingCurrentReceivables: '3590.00',
      endingOverdueReceivables: '2750.00',
      endingLongOverdueReceivables: '0.00',
      creditSales: '10890.00',
      collected: '10750.00',
      dueInPeriod: '7300.00',
    });
    expect(displays(cny)).toEqual({
      standardDso: '52.40', // 6340 ÷ 10890 × 90
      countBackDso: '70.68', // see the next test
      bestPossibleDso: '29.67', // 3590 ÷ 10890 × 90
      averageDaysDelinquent: '22.73',
      receivablesTurnover: '1.74', // 10890 ÷ 6270
      turnoverDso: '51.82',
      collectionEffectivenessIndex: '55.93',
      overdueRate: '43.38',
      longOverdueShare: '0.00',
      collectionRate: '147.26', // 10750 collected of 7300 falling due
    });
    const cei = cny?.kpis.find((kpi) => kpi.id === 'collectionEffectivenessIndex');
    // (6200 × 3 + 10890 − 6340 × 3) ÷ (6200 × 3 + 10890 − 3590 × 3) × 100 = 10470 ÷ 18720 × 100, exact.
    expect(cei?.value?.startsWith('55.929487179487179487179487179487179487179487179487')).toBe(true);
    expect(cei?.figures.map((figure) => `${figure.id}=${figure.value}`)).toEqual([
      'openingReceivables=6200.00',
      'creditSales=10890.00',
      'months=3',
      'endingReceivables=6340.00',
      'endingCurrentReceivables=3590.00',
    ]);
  });

  it('counts back through the months, newest first', async () => {
    const result = await run(parsePortfolio(quarter), { asOf: '2026-03-31' }, { from: '2026-01-01' });
    const countBack = (result.json as KpisJson).currencies[0]?.kpis.find((kpi) => kpi.id === 'countBackDso');
    // March: 3590 of 3590 (31 days), February: nothing issued (28 days), January: 2750 of 7300 × 31.
    // 31 + 28 + 2750 ÷ 7300 × 31 = 70.678082…
    expect(countBack?.value?.startsWith('70.678082191780821917808219178082191780821917808')).toBe(true);
    expect(countBack?.figures.map((figure) => `${figure.id}=${figure.value}`)).toEqual([
      'endingReceivables=6340.00',
      'monthSales=3590.00',
      'monthSales=0.00',
      'monthSales=7300.00',
    ]);
  });

  it("computes the spec's DSO of 50 from turnover over a 365-day year", async () => {
    const result = await run(
      parsePortfolio(year),
      { asOf: '2025-12-31' },
      { from: '2025-01-01', to: '2025-12-31', dayCount: '365' },
    );
    const [cny] = (result.json as KpisJson).currencies;
    expect(displays(cny)).toMatchObject({
      receivablesTurnover: '7.30',
      turnoverDso: '50.00',
      standardDso: '60.00',
      bestPossibleDso: '60.00',
      averageDaysDelinquent: '0.00',
      countBackDso: '31.00',
      collectionEffectivenessIndex: '100.00',
      overdueRate: '0.00',
      collectionRate: '100.00',
    });
  });

  it('prints a table of KPIs with their figures, then the figures per currency', async () => {
    const result = await run(parsePortfolio(quarter), { asOf: '2026-03-31' }, { from: '2026-01-01' });
    const [kpis, figures] = result.tables;
    expect(kpis?.title).toBe('Receivables KPIs, 2026-01-01 to 2026-03-31 (90 days)');
    expect(kpis?.columns.map((column) => column.key)).toEqual([
      'currency',
      'kpi',
      'value',
      'unit',
      'figures',
    ]);
    expect(kpis?.rows[0]).toEqual({
      currency: 'CNY',
      kpi: 'DSO (standard)',
      value: '52.40',
      unit: 'days',
      figures: 'ending receivables 6340.00; credit sales 10890.00; days 90',
    });
    expect(kpis?.rows[1]?.figures).toBe(
      'ending receivables 6340.00; 3 months counted back (2026-03 to 2026-01), sales 10890.00',
    );
    expect(kpis?.notes).toContain('DSO (standard) = ending receivables ÷ credit sales × days');
    expect(figures?.rows).toEqual([
      {
        currency: 'CNY',
        openingReceivables: '6200.00',
        endingReceivables: '6340.00',
        endingCurrentReceivables: '3590.00',
        endingOverdueReceivables: '2750.00',
        endingLongOverdueReceivables: '0.00',
        creditSales: '10890.00',
        collected: '10750.00',
        dueInPeriod: '7300.00',
      },
    ]);
  });

  it('speaks Chinese with --locale zh-CN', async () => {
    const result = await run(
      parsePortfolio(quarter),
      { asOf: '2026-03-31', locale: 'zh-CN' },
      { from: '2026-01-01' },
    );
    const [kpis] = result.tables;
    expect(kpis?.title).toBe('应收账款指标：2026-01-01 至 2026-03-31（90天）');
    expect(kpis?.rows.find((row) => row.kpi === '逾期率')).toEqual({
      currency: 'CNY',
      kpi: '逾期率',
      value: '43.38',
      unit: '%',
      figures: '逾期余额 2750.00；期末应收 6340.00',
    });
    expect(kpis?.notes).toContain('回款率 = 本期实收 ÷ 本期到期应收');
  });

  it('shows n/a and why when the figures do not define a KPI', async () => {
    const ledger = parsePortfolio({
      customers: [{ id: 'C1', name: 'Hengda Trading' }],
      invoices: [
        {
          id: 'A',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2025-06-01',
          dueDate: '2025-07-01',
          amount: '500.00',
        },
      ],
    });
    const result = await run(ledger, { asOf: '2026-03-31' });
    const [cny] = (result.json as KpisJson).currencies;
    const dso = cny?.kpis.find((kpi) => kpi.id === 'standardDso');
    expect(dso).toMatchObject({ value: null, display: null, unavailable: { code: 'NO_SALES_IN_PERIOD' } });
    expect(cny?.kpis.find((kpi) => kpi.id === 'collectionRate')?.unavailable?.code).toBe('ZERO_DENOMINATOR');
    expect(result.tables[0]?.rows[0]?.value).toBe('n/a');
    expect(result.tables[0]?.notes).toContain(
      'CNY, DSO (standard): n/a, no credit sales in the period (NO_SALES_IN_PERIOD)',
    );
  });

  it('adds a line in the reporting currency, converting every figure exactly', async () => {
    const ledger = parsePortfolio({
      ...quarter,
      invoices: [
        ...(quarter.invoices ?? []),
        {
          id: 'U',
          customerId: 'C2',
          currency: 'USD',
          issueDate: '2026-02-01',
          dueDate: '2026-05-02',
          amount: '100.01',
        },
      ],
    });
    const result = await run(
      ledger,
      { asOf: '2026-03-31', currency: 'CNY', rates: 'USD=7.1234' },
      { from: '2026-01-01' },
    );
    const json = result.json as KpisJson;
    expect(json.currencies.map((line) => line.currency)).toEqual(['CNY', 'USD']);
    expect(json.reporting?.currency).toBe('CNY');
    expect(json.reporting?.rates).toEqual({ USD: '7.1234' });
    // 6340.00 + 100.01 × 7.1234 = 7052.411234: all digits kept.
    expect(json.reporting?.figures.endingReceivables).toBe('7052.411234');
    expect(json.reporting?.figures.creditSales).toBe('11602.411234');
    expect(result.tables[0]?.rows.filter((row) => row.currency === 'all in CNY')).toHaveLength(10);
    expect(result.tables[0]?.notes).toContain('Converted into CNY at (units of CNY per unit): USD 7.1234');
  });

  it('needs a rate for every currency of the ledger when --currency is given', async () => {
    const ledger = parsePortfolio({
      ...quarter,
      invoices: [
        ...(quarter.invoices ?? []),
        {
          id: 'U',
          customerId: 'C2',
          currency: 'USD',
          issueDate: '2026-02-01',
          dueDate: '2026-05-02',
          amount: '100.00',
        },
      ],
    });
    await expect(run(ledger, { asOf: '2026-03-31', currency: 'CNY' })).rejects.toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        message: expect.stringContaining('has no rate for USD; --currency CNY needs one for every currency'),
      }),
    );
  });

  it.each([
    [{ periodDays: '0' }, '--period-days "0" is not a whole number of days, 1 or more'],
    [{ periodDays: '7.5' }, '--period-days "7.5" is not a whole number of days'],
    [{ from: '2026-01-01', periodDays: '30' }, '--period-days "30" cannot be used with --from'],
    [{ from: '2026-04-01' }, '--from "2026-04-01" is after the end of the period 2026-03-31'],
    [{ to: '2026-04-01' }, '--to "2026-04-01" is after --as-of 2026-03-31'],
    [{ from: '2026-02-30' }, '--from "2026-02-30" is not a date: February 2026 has 28 days'],
    [{ dayCount: '366' }, '--day-count "366" is not one of actual, 360, 365'],
    [{ longOverdueDays: '-1' }, '--long-overdue-days "-1" is not a whole number of days'],
    [
      { periodDays: '999999999' },
      '--period-days "999999999" reaches back before the first day of the calendar',
    ],
  ])('refuses %j with INVALID_OPTION', async (commandOptions, message) => {
    await expect(run(parsePortfolio(quarter), { asOf: '2026-03-31' }, commandOptions)).rejects.toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        message: expect.stringContaining(`receivables kpis: ${message}`),
      }),
    );
  });

  it('says so when the ledger is empty, with the period still right', async () => {
    const result = await run(parsePortfolio({}), { asOf: '2026-03-31' }, { from: '2026-01-01' });
    expect(result.tables[0]?.title).toBe('Receivables KPIs, 2026-01-01 to 2026-03-31 (90 days)');
    expect(result.tables[0]?.rows).toEqual([]);
    expect(result.tables[0]?.notes).toContain('The ledger holds no documents up to 2026-03-31.');
    expect(result.tables[1]?.columns[1]?.label).toBe('Opening receivables (2025-12-31)');
    expect((result.json as KpisJson).currencies).toEqual([]);
  });

  it('defaults to the 90 days up to --as-of', async () => {
    const result = await run(parsePortfolio(quarter), { asOf: '2026-03-31' });
    expect((result.json as KpisJson).period).toMatchObject({
      from: '2026-01-01',
      to: '2026-03-31',
      days: 90,
    });
  });

  it('names and defines every KPI in both locales', () => {
    for (const kpi of evaluateKpis(
      kpiInputs(parsePortfolio(quarter), { from: '2026-01-01', to: '2026-03-31' })[0]!,
    )) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const definition = kpiDefinition(kpi.id, locale);
        expect(definition.label).not.toBe('');
        expect(definition.formula).not.toBe('');
      }
    }
  });
});

const ledgers = portfolioArbitrary({ maxInvoices: 10, maxCustomers: 3 });
const period = fc
  .tuple(fc.integer({ min: 0, max: 30 * 365 }), fc.integer({ min: 1, max: 400 }))
  .map(([offset, days]) => ({ offset, days }));

describe('properties', () => {
  it('keeps rates within their range: overdue rate and long-overdue share in [0, 1], ADD ≥ 0, CEI ≤ 100', () => {
    fc.assert(
      fc.property(ledgers, period, (ledger, { offset, days }) => {
        const to = new Date(Date.UTC(2001, 0, 1 + offset)).toISOString().slice(0, 10);
        const from = new Date(Date.UTC(2001, 0, 2 + offset - days)).toISOString().slice(0, 10);
        for (const line of kpiInputs(ledger, { from, to })) {
          for (const kpi of evaluateKpis(line)) {
            if (kpi.value === null) {
              expect(kpi.unavailable).toBeDefined();
              continue;
            }
            expect(kpi.value.isFinite()).toBe(true);
            if (kpi.id === 'overdueRate' || kpi.id === 'longOverdueShare') {
              expect(kpi.value.gte(0) && kpi.value.lte(1)).toBe(true);
            }
            if (kpi.id === 'averageDaysDelinquent') expect(kpi.value.gte(0)).toBe(true);
            if (kpi.id === 'collectionEffectivenessIndex') expect(kpi.value.lte(100)).toBe(true);
            if (kpi.unit === 'days' && kpi.id !== 'averageDaysDelinquent')
              expect(kpi.value.gte(0)).toBe(true);
          }
        }
      }),
    );
  });

  it('adds up currencies: with every rate 1 the reporting line is the sum of the currency lines', async () => {
    await fc.assert(
      fc.asyncProperty(ledgers, async (ledger) => {
        const currencies = [...new Set(ledger.invoices.map((invoice) => invoice.currency))].filter(
          (code) => code !== 'CNY',
        );
        const rates = currencies.map((code) => `${code}=1`).join(',');
        const result = await run(ledger, {
          asOf: '2026-03-31',
          currency: 'CNY',
          ...(rates === '' ? {} : { rates }),
        });
        const json = result.json as KpisJson;
        if (json.currencies.length === 0) return;
        for (const key of [
          'openingReceivables',
          'endingReceivables',
          'creditSales',
          'collected',
          'dueInPeriod',
        ]) {
          const sum = json.currencies.reduce((total, line) => total + Number(line.figures[key]), 0);
          expect(Number(json.reporting?.figures[key])).toBeCloseTo(sum, 6);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('is deterministic: equal ledgers give equal results', async () => {
    await fc.assert(
      fc.asyncProperty(ledgers, async (ledger) => {
        const first = await run(ledger, { asOf: '2026-03-31' }, { periodDays: '365' });
        const second = await run(
          parsePortfolio(JSON.parse(JSON.stringify(serializePortfolio(ledger))) as PortfolioInput),
          {
            asOf: '2026-03-31',
          },
          { periodDays: '365' },
        );
        expect(second).toEqual(first);
      }),
      { numRuns: 30 },
    );
  });

  it('fails only with INVALID_OPTION for any command option text', async () => {
    const text = fc.string({ maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { periodDays: text, from: text, to: text, dayCount: text, longOverdueDays: text },
          { requiredKeys: [] },
        ),
        async (commandOptions) => {
          try {
            await run(parsePortfolio(quarter), { asOf: '2026-03-31' }, commandOptions);
          } catch (error) {
            expect(isReceivablesError(error, 'INVALID_OPTION')).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
