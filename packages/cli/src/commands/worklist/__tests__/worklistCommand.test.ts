import { generatePortfolio } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureInputs, rowsOf, runCommand } from '../../../analysis/__tests__/analysisFixtures.ts';
import { worklistCommand } from '../worklistCommand.ts';

const today = { asOf: '2026-03-19' };

describe('worklist command', () => {
  it('lists today’s lines in priority order with the template for each', async () => {
    const result = await runCommand(worklistCommand, { options: today });
    expect(
      rowsOf(result, 'worklist').map((row) => [
        row.rank,
        row.customer,
        row.channel,
        row.tier,
        row.stage,
        row.template,
      ]),
    ).toEqual([
      ['1', 'C3', 'Phone', '3', 'Late overdue', 'precedent.phone'],
      ['2', 'C2', 'Phone', '2', 'Middle overdue', 'poorQuality.answer2'],
    ]);
    expect(rowsOf(result, 'worklist')[1]?.excuse).toBe('quality complaint → E1 Poor quality');
    expect(rowsOf(result, 'scripts').map((row) => `${row.rank} ${row.template} ${row.locale}`)).toEqual([
      '1 precedent.phone en',
      '2 poorQuality.answer2 en',
    ]);
  });

  it('renders only the first --scripts lines, and in both languages with --both-locales', async () => {
    const result = await runCommand(worklistCommand, {
      options: { ...today, locale: 'zh-CN' },
      commandOptions: { scripts: '1', bothLocales: true, sender: '李雷' },
    });
    const scripts = rowsOf(result, 'scripts');
    expect(scripts.map((row) => `${row.rank} ${row.locale}`)).toEqual(['1 zh-CN', '1 en']);
    expect(scripts[0]?.text).toContain('李雷');
    expect(scripts[0]?.text).toContain('[联系人]');
    expect(scripts[1]?.text).toContain('[contact]');
    const json = result.json as { lines: { script: { rendered: unknown[] } | null }[] };
    expect(json.lines.map((line) => line.script?.rendered.length)).toEqual([2, 0]);
  });

  it('gives the lines as JSON with exact amounts', async () => {
    const json = (await runCommand(worklistCommand, { options: today })).json as {
      lines: Record<string, unknown>[];
    };
    expect(json.lines[1]).toMatchObject({
      rank: 2,
      customerId: 'C2',
      channel: 'phone',
      tier: 2,
      amounts: [{ amount: '4000.00', currency: 'CNY' }],
      invoiceIds: ['INV-3'],
      excuse: { text: 'quality complaint', scenario: 'E1' },
      script: { templateId: 'poorQuality.answer2', channel: 'phone', insteadOf: null },
    });
  });

  it('refuses a bad --scripts count and a bad --deadline with INVALID_OPTION', async () => {
    await expect(runCommand(worklistCommand, { commandOptions: { scripts: 'three' } })).rejects.toMatchObject(
      {
        code: 'INVALID_OPTION',
        message: 'receivables worklist: --scripts "three" is not a whole number 0 or more',
      },
    );
    await expect(runCommand(worklistCommand, { commandOptions: { deadline: 'soon' } })).rejects.toMatchObject(
      {
        code: 'INVALID_OPTION',
      },
    );
  });
});

describe('properties', () => {
  it('ranks lines 1, 2, 3, … and renders a script on at most the first n lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 4 }),
        async (seed, n) => {
          const portfolio = generatePortfolio({ seed, customers: 6, invoices: 40, asOf: '2026-06-30' });
          const inputs = fixtureInputs({ portfolio, creditProfiles: new Map() });
          const result = await runCommand(worklistCommand, {
            inputs,
            options: { asOf: '2026-06-29' },
            commandOptions: { scripts: String(n) },
          });
          const lines = rowsOf(result, 'worklist');
          expect(lines.map((row) => row.rank)).toEqual(lines.map((_, index) => String(index + 1)));
          for (const row of rowsOf(result, 'scripts')) expect(Number(row.rank)).toBeLessThanOrEqual(n);
        },
      ),
      { numRuns: 10 },
    );
  });
});
