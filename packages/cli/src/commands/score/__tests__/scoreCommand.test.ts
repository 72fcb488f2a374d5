import { generatePortfolio } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureInputs, rowsOf, runCommand } from '../../../analysis/__tests__/analysisFixtures.ts';
import { scoreCommand } from '../scoreCommand.ts';

describe('score command', () => {
  it('prints one row per customer, lowest score first, with the basis of each score', async () => {
    const result = await runCommand(scoreCommand);
    const rows = rowsOf(result, 'scores');
    expect(rows.map((row) => [row.customer, row.profile, row.score, row.grade, row.paymentMode])).toEqual([
      ['C3', 'yes', '12.5', 'D', 'Cash in advance'],
      ['C2', 'no', '13.33', 'D', 'Cash in advance'],
      ['C1', 'yes', '80.55', 'AA', 'Open account'],
    ]);
    expect(rows[1]?.basis).toBe('ledger only, left out capacity, capital, conditions, cashFlow');
    expect(rows[2]?.reasons?.split('\n')).toEqual([
      'LITTLE_COLLATERAL: Security covers less than the requested limit',
      'PAYMENT_RECORD: Payment record: late payments, broken promises or no history with us',
      'INDUSTRY_OUTLOOK: Industry or policy outlook not favourable',
    ]);
    expect(result.tables[0]?.notes).toEqual([
      'Scorecard: sevenItem.',
      '1 of 3 customers was scored on what the ledger shows: factors without a value were left out and the others re-weighted.',
    ]);
  });

  it('gives the scores, grades, reasons and rules as JSON', async () => {
    const result = await runCommand(scoreCommand, { commandOptions: { sort: 'id' } });
    const json = result.json as { asOf: string; customers: Record<string, unknown>[] };
    expect(json.asOf).toBe('2026-03-31');
    expect(json.customers.map((customer) => customer.customerId)).toEqual(['C1', 'C2', 'C3']);
    expect(json.customers[2]).toMatchObject({
      status: 'complete',
      score: 12.5,
      grade: 'D',
      gradeBeforeRules: 'D',
      paymentMode: 'cashInAdvance',
      rulesApplied: [
        { id: 'courtDefaulter', kind: 'knockOut', grade: 'D', label: 'Listed as a court defaulter' },
      ],
    });
    expect(json.customers[1]).toMatchObject({
      status: 'partial',
      hasProfile: false,
      leftOut: ['capacity', 'capital', 'conditions', 'cashFlow'],
    });
  });

  it('sorts by another key and labels in Chinese', async () => {
    const result = await runCommand(scoreCommand, {
      commandOptions: { sort: 'score-desc' },
      options: { locale: 'zh-CN' },
    });
    expect(rowsOf(result, 'scores').map((row) => row.customer)).toEqual(['C1', 'C2', 'C3']);
    expect(result.tables[0]?.title).toBe('信用评分');
    expect(rowsOf(result, 'scores')[0]?.paymentMode).toBe('先货后款');
  });

  it('explains one customer: factors, reasons, rules and facts with their sources', async () => {
    const result = await runCommand(scoreCommand, { commandOptions: { customer: 'C1' } });
    expect(result.tables.map((table) => table.id)).toEqual(['score', 'factors', 'reasons', 'rules', 'facts']);
    expect(rowsOf(result, 'factors')[0]).toEqual({
      factor: 'Character',
      value: 'onTimeRatio=0.7273, brokenPromises=0',
      points: '72.73',
      weight: '20',
      contribution: '14.55',
      note: '',
    });
    const facts = rowsOf(result, 'facts');
    expect(facts.find((row) => row.fact === 'Current ratio')).toEqual({
      fact: 'Current ratio',
      value: '2.1',
      source: 'profile',
    });
    expect(facts.find((row) => row.fact === 'Open receivables')).toEqual({
      fact: 'Open receivables',
      value: 'CNY 30000.00',
      source: 'ledger',
    });
    const json = result.json as { customer: { facts: Record<string, unknown>; factors: unknown[] } };
    expect(json.customer.facts.openReceivables).toEqual({
      value: { amount: '30000.00', currency: 'CNY' },
      source: 'ledger',
    });
    expect(json.customer.factors).toHaveLength(7);
  });

  it('shows the factors a ledger-only score left out', async () => {
    const result = await runCommand(scoreCommand, { commandOptions: { customer: 'C2' } });
    const capacity = rowsOf(result, 'factors').find((row) => row.factor === 'Capacity');
    expect(capacity).toMatchObject({ value: '—', points: 'left out', note: 'value missing' });
  });

  it('refuses an unknown customer and an unknown sort key with INVALID_OPTION', async () => {
    await expect(runCommand(scoreCommand, { commandOptions: { customer: 'C9' } })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: 'receivables score: --customer "C9" is not the id of a customer in the portfolio',
    });
    await expect(runCommand(scoreCommand, { commandOptions: { sort: 'size' } })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
  });
});

describe('properties', () => {
  it('is deterministic: equal inputs give equal tables and JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), async (seed) => {
        const portfolio = generatePortfolio({ seed, customers: 4, invoices: 25, asOf: '2026-06-30' });
        const inputs = fixtureInputs({ portfolio, creditProfiles: new Map() });
        const run = () => runCommand(scoreCommand, { inputs, options: { asOf: '2026-06-30' } });
        expect(JSON.stringify(await run())).toBe(JSON.stringify(await run()));
      }),
      { numRuns: 10 },
    );
  });

  it('the table lists every customer once, scores in ascending order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), async (seed) => {
        const portfolio = generatePortfolio({ seed, customers: 6, invoices: 30, asOf: '2026-06-30' });
        const inputs = fixtureInputs({ portfolio, creditProfiles: new Map() });
        const rows = rowsOf(
          await runCommand(scoreCommand, { inputs, options: { asOf: '2026-06-30' } }),
          'scores',
        );
        expect(rows.map((row) => row.customer).sort()).toEqual(
          portfolio.customers.map((customer) => customer.id).sort(),
        );
        const scores = rows.map((row) => Number(row.score));
        expect(scores).toEqual([...scores].sort((a, b) => a - b));
      }),
      { numRuns: 10 },
    );
  });
});
