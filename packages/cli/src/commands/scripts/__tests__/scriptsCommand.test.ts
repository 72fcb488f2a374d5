import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowsOf, runCommand } from '../../../analysis/__tests__/analysisFixtures.ts';
import { scriptsCommand } from '../scriptsCommand.ts';

const today = { asOf: '2026-03-19' };

describe('scripts command', () => {
  it('recommends and renders for a situation given by options', async () => {
    const result = await runCommand(scriptsCommand, {
      options: today,
      commandOptions: {
        stage: 'earlyOverdue',
        excuse: 'E5',
        channel: 'phone',
        tier: '1',
        amount: '12800.00 CNY',
        invoices: 'INV-1, INV-2',
        daysPastDue: '22',
        contact: 'Ms Wang',
      },
    });
    expect(rowsOf(result, 'templates')[0]).toMatchObject({ rank: '1', template: 'financeAway.answer2' });
    expect(rowsOf(result, 'excluded').map((row) => row.tactic)).toEqual([
      'T5 Deadline',
      'T7 Concession',
      'T10 Formal',
    ]);
    expect(rowsOf(result, 'advice').length).toBeGreaterThan(0);
    const [script] = rowsOf(result, 'scripts');
    expect(script?.text?.split('\n')[0]).toBe('No problem, Ms Wang, these things happen.');
    expect(script?.text).toContain('CN¥12,800.00');
    const json = result.json as { situation: Record<string, unknown>; excuse: Record<string, unknown> };
    expect(json.situation).toMatchObject({
      stage: 'earlyOverdue',
      scenario: 'E5',
      tier: 1,
      channel: 'phone',
    });
    expect(json.excuse).toMatchObject({ scenario: 'E5', matchedBy: 'id' });
  });

  it('reads the situation from a customer and lets options override it', async () => {
    const read = await runCommand(scriptsCommand, { options: today, commandOptions: { customer: 'C2' } });
    const json = read.json as { customer: unknown; situation: Record<string, unknown> };
    expect(json.customer).toEqual({ id: 'C2', name: 'Lianhe Steel' });
    expect(json.situation).toMatchObject({ stage: 'middleOverdue', scenario: 'E1', tier: 2 });
    expect(rowsOf(read, 'templates')[0]?.template).toBe('poorQuality.answer2');
    expect(rowsOf(read, 'scripts')[0]?.text).toContain('INV-3');

    const overridden = await runCommand(scriptsCommand, {
      options: today,
      commandOptions: { customer: 'C2', excuse: 'approvalPending', tier: '1' },
    });
    expect((overridden.json as { situation: unknown }).situation).toMatchObject({ scenario: 'E6', tier: 1 });
  });

  it('renders the best --scripts templates in both languages', async () => {
    const result = await runCommand(scriptsCommand, {
      options: { ...today, locale: 'zh-CN' },
      commandOptions: { customer: 'C2', scripts: '2', bothLocales: true },
    });
    expect(rowsOf(result, 'scripts').map((row) => row.locale)).toEqual(['zh-CN', 'en', 'zh-CN', 'en']);
  });

  it('refuses bad options with INVALID_OPTION', async () => {
    const refused = (commandOptions: Record<string, unknown>) =>
      expect(runCommand(scriptsCommand, { options: today, commandOptions })).rejects.toMatchObject({
        code: 'INVALID_OPTION',
      });
    await expect(runCommand(scriptsCommand, { options: today })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: 'receivables scripts: --stage is required without --customer <id>',
    });
    await refused({ customer: 'C9' });
    await refused({ stage: 'late' });
    await refused({ stage: 'earlyOverdue', tier: '5' });
    await refused({ stage: 'earlyOverdue', channel: 'fax' });
    await refused({ stage: 'earlyOverdue', amount: '12800' });
    await refused({ stage: 'earlyOverdue', dueDate: '2026-03-01', daysPastDue: '3' });
  });
});

describe('properties', () => {
  it('never recommends the formal tactic below tier 3', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('earlyOverdue', 'middleOverdue', 'lateOverdue', 'preLegal'),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        async (stage, tier, ready) => {
          const result = await runCommand(scriptsCommand, {
            options: today,
            commandOptions: {
              stage,
              tier: String(tier),
              readyToEnd: ready,
              deliveryDocumented: true,
              limit: '50',
              scripts: '0',
            },
          });
          const tactics = (result.json as { templates: { tactic: string | null }[] }).templates.map(
            (entry) => entry.tactic,
          );
          expect(tactics).not.toContain('T10');
        },
      ),
      { numRuns: 20 },
    );
  });
});
