import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePortfolio } from '@receivables/core';
import { defaultReminderPolicy } from '@receivables/reminder-policy';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliInputs } from '../../../input/CliInputs.ts';
import { exitCodes } from '../../../program/exitCodes.ts';
import { runCliWith } from '../../../program/runCliWith.ts';
import type { ReportData } from '../../../report/ReportData.ts';
import { reportCommand } from '../reportCommand.ts';

const inputs: CliInputs = {
  portfolio: parsePortfolio({
    customers: [
      { id: 'C1', name: 'Hengda <Trading>' },
      { id: 'C2', name: 'Lianhua Foods' },
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
        dueDate: '2026-06-20',
        amount: '3000.00',
      },
    ],
  }),
  creditProfiles: new Map(),
  history: {},
  skipped: [],
  files: ['customers.csv', 'invoices.csv'],
};

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'receivables-report-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function run(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCliWith(
    ['report', '--as-of', '2026-06-30', ...argv],
    {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      cwd: folder,
      interactive: false,
      env: {},
    },
    { commands: [reportCommand], loadInputs: async () => inputs, today: () => '2026-07-01' },
  );
  return { code, out: out.join(''), err: err.join('') };
}

describe('reportCommand', () => {
  it('prints the HTML page', async () => {
    const { code, out, err } = await run([]);
    expect([code, err]).toEqual([exitCodes.ok, '']);
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(out).toContain('<title>Receivables report</title>');
    expect(out).toContain('Hengda &lt;Trading&gt;');
    expect(out).not.toContain('<Trading>');
  });

  it('prints the report data with --format json, the plan over 7 days and up to 10 customers by default', async () => {
    const { code, out } = await run(['--format', 'json']);
    expect(code).toBe(exitCodes.ok);
    const data = JSON.parse(out) as ReportData;
    expect([data.asOf, data.plan.from, data.plan.to]).toEqual(['2026-06-30', '2026-06-30', '2026-07-06']);
    expect(data.topOverdue.description).toContain('The 10 customers');
    expect(data.topOverdue.groups[0]?.customers.map((customer) => customer.overdue)).toEqual([
      { amount: '8000.00', currency: 'CNY' },
      { amount: '3000.00', currency: 'CNY' },
    ]);
  });

  it('takes the plan window, the ranking length, the title and the locale', async () => {
    const { out } = await run([
      '--format',
      'json',
      '--plan-days',
      '3',
      '--top',
      '1',
      '--title',
      ' Q2 review ',
      '--locale',
      'zh-CN',
    ]);
    const data = JSON.parse(out) as ReportData;
    expect(data.plan.to).toBe('2026-07-02');
    expect(data.topOverdue.groups[0]?.customers.map((customer) => customer.customerId)).toEqual(['C1']);
    expect(data.title).toBe('Q2 review');
    expect(data.locale).toBe('zh-CN');
  });

  it('writes the page to --out', async () => {
    const { code, out } = await run(['--out', 'reports/report.html']);
    expect([code, out]).toEqual([exitCodes.ok, '']);
    const page = await readFile(join(folder, 'reports', 'report.html'), 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('uses the --policy file and then does not call the plan the default one', async () => {
    await writeFile(join(folder, 'policy.json'), JSON.stringify(defaultReminderPolicy));
    const data = JSON.parse((await run(['--format', 'json', '--policy', 'policy.json'])).out) as ReportData;
    expect(data.notes.items.some((note) => note.includes('default reminder policy'))).toBe(false);
    const fallback = JSON.parse((await run(['--format', 'json'])).out) as ReportData;
    expect(fallback.notes.items.some((note) => note.includes('default reminder policy'))).toBe(true);
  });

  it('refuses bad option values with INVALID_OPTION (exit code 2), naming the option', async () => {
    for (const [option, value] of [
      ['--plan-days', '0'],
      ['--plan-days', '367'],
      ['--plan-days', 'week'],
      ['--top', '-3'],
      ['--top', '2.5'],
      ['--title', '  '],
    ] as const) {
      const { code, err } = await run([option, value]);
      expect(code).toBe(exitCodes.usage);
      expect(err).toContain(`receivables report: ${option}`);
    }
  });

  it('refuses a missing --policy file with exit code 3', async () => {
    const { code, err } = await run(['--policy', 'missing.json']);
    expect(code).toBe(exitCodes.invalidInput);
    expect(err).toMatch(/^receivables report: .*"missing\.json" does not exist/);
  });
});

describe('properties', () => {
  it('the plan covers exactly --plan-days days from --as-of', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 366 }), async (days) => {
        const data = JSON.parse(
          (await run(['--format', 'json', '--plan-days', String(days)])).out,
        ) as ReportData;
        const span = (Date.parse(data.plan.to) - Date.parse(data.plan.from)) / 86_400_000 + 1;
        expect(span).toBe(days);
      }),
      { numRuns: 10 },
    );
  }, 60_000);
});
