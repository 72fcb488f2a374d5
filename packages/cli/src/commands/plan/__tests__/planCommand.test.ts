import { addDays } from '@receivables/core';
import { generatePortfolio } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureInputs, rowsOf, runCommand } from '../../../analysis/__tests__/analysisFixtures.ts';
import { planCommand } from '../planCommand.ts';

describe('plan command', () => {
  it('plans the as-of date and the 6 days after it by default', async () => {
    const result = await runCommand(planCommand, { options: { asOf: '2026-03-16' } });
    const rows = rowsOf(result, 'plan');
    expect(
      rows.map(
        (row) =>
          `${row.date} ${row.customer} ${row.channel} ${row.role} ${row.level} ${row.amount} ${row.daysPastDue}`,
      ),
    ).toEqual([
      '2026-03-16 C2 Letter finance 1 CNY 4000.00 40',
      '2026-03-19 C2 Phone finance 1 CNY 4000.00 43',
      '2026-03-19 C3 Phone legal 3 CNY 12000.00 78',
    ]);
    expect(rows[0]).toMatchObject({ name: 'Lianhe Steel', invoices: 'INV-3', rule: 'cadence' });
    expect(result.tables[0]?.title).toBe('Reminder plan 2026-03-16 – 2026-03-22');
    expect(result.tables[0]?.notes?.[0]).toBe('3 actions from 2026-03-16 to 2026-03-22.');
  });

  it('gives the actions as JSON with exact amounts and their context', async () => {
    const result = await runCommand(planCommand, {
      options: { asOf: '2026-03-16' },
      commandOptions: { from: '2026-03-19', to: '2026-03-19' },
    });
    const json = result.json as {
      from: string;
      to: string;
      policy: string;
      actions: Record<string, unknown>[];
    };
    expect([json.from, json.to, json.policy]).toEqual(['2026-03-19', '2026-03-19', 'default']);
    expect(json.actions[0]).toMatchObject({
      date: '2026-03-19',
      customerId: 'C2',
      customerName: 'Lianhe Steel',
      amount: { amount: '4000.00', currency: 'CNY' },
      stage: 'middleOverdue',
      excuse: 'quality complaint',
      tier: 2,
    });
  });

  it('leaves out what the history shows was done', async () => {
    const history = { actions: [{ date: '2026-03-19', customerId: 'C3', channel: 'phone' as const }] };
    const result = await runCommand(planCommand, {
      inputs: fixtureInputs({ history }),
      options: { asOf: '2026-03-19' },
      commandOptions: { to: '2026-03-19' },
    });
    expect(rowsOf(result, 'plan').map((row) => row.customer)).toEqual(['C2']);
  });

  it('refuses a bad date and a window that ends before it starts with INVALID_OPTION', async () => {
    await expect(runCommand(planCommand, { commandOptions: { from: '2026-02-30' } })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: 'receivables plan: --from "2026-02-30" is not a date of the form YYYY-MM-DD',
    });
    await expect(
      runCommand(planCommand, { commandOptions: { from: '2026-03-20', to: '2026-03-19' } }),
    ).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: 'receivables plan: --to "2026-03-19" is before --from 2026-03-20',
    });
  });
});

describe('properties', () => {
  it('every row lies within the window, in date order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 9 }),
        async (seed, days) => {
          const portfolio = generatePortfolio({ seed, customers: 4, invoices: 30, asOf: '2026-06-30' });
          const inputs = fixtureInputs({ portfolio, creditProfiles: new Map() });
          const from = '2026-06-20';
          const to = addDays(from, days);
          const rows = rowsOf(
            await runCommand(planCommand, { inputs, options: { asOf: from }, commandOptions: { to } }),
            'plan',
          );
          const dates = rows.map((row) => row.date);
          expect(dates.every((date) => date! >= from && date! <= to)).toBe(true);
          expect(dates).toEqual([...dates].sort());
        },
      ),
      { numRuns: 10 },
    );
  });
});
