import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePortfolioInput } from '@receivables/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenPortfolioInput } from '../../../../scripts/ledgerCsv.ts';
import { loadCliInputs } from '../../../input/loadCliInputs.ts';
import type { CliIo } from '../../../program/CliIo.ts';
import { exitCodes } from '../../../program/exitCodes.ts';
import { parseCliOptions } from '../../../program/parseCliOptions.ts';
import { runCliWith } from '../../../program/runCliWith.ts';
import { temporaryFolder, writeFiles, writeLedger } from '../../../stream/__tests__/streamFixtures.ts';
import { tinyLedger } from '../../../stream/__tests__/tinyLedger.ts';
import { agingCommand } from '../agingCommand.ts';
import { readAgingOptions } from '../readAgingOptions.ts';
import { resolveAgingMode, STREAM_THRESHOLD_BYTES } from '../resolveAgingMode.ts';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let root: string;
let remove: () => void;
let tiny: string;
beforeAll(() => {
  ({ folder: root, remove } = temporaryFolder());
  tiny = join(root, 'tiny');
  mkdirSync(tiny);
  writeFiles(tiny, tinyLedger);
});
afterAll(() => remove());

async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCliWith(
    ['aging', '--as-of', '2026-06-30', ...argv],
    {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      cwd: root,
      interactive: false,
      env: {},
      ...io,
    },
    { commands: [agingCommand], loadInputs: loadCliInputs, today: () => '2026-06-30' },
  );
  return { code, stdout: out.join(''), stderr: err.join('') };
}

async function json(argv: readonly string[]): Promise<Record<string, unknown>> {
  const result = await run([...argv, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(exitCodes.ok);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

/** The JSON of a run without the fields that name the mode. */
function figures(value: Record<string, unknown>): Record<string, unknown> {
  const { mode: _mode, ...rest } = value;
  return rest;
}

describe('agingCommand', () => {
  it('prints one line per currency with exact balances in the management buckets', async () => {
    const result = await json(['--data', 'tiny', '--allocation', 'none']);
    const lines = result.lines as {
      currency: string;
      buckets: Record<string, string>;
      balance: string;
      unapplied: string;
      disputed: string;
      count: number;
    }[];
    expect(
      lines.map((line) => [
        line.currency,
        line.buckets.notDue,
        line.buckets.d31to60,
        line.buckets.over365,
        line.balance,
        line.disputed,
        line.unapplied,
        line.count,
      ]),
    ).toEqual([
      ['CNY', '500.00', '700.00', '0.00', '1200.00', '100.00', '100.00', 2],
      ['USD', '0.00', '0.00', '180.00', '180.00', '0.00', '50.00', 1],
    ]);
    expect(result).toMatchObject({
      asOf: '2026-06-30',
      scheme: 'management',
      basis: 'dueDate',
      by: 'currency',
      mode: 'memory',
      allocation: 'none',
    });
  });

  it('applies unnamed payments oldest due first by default', async () => {
    const result = await json(['--data', 'tiny']);
    const lines = result.lines as { currency: string; buckets: Record<string, string>; unapplied: string }[];
    expect(
      lines.map((line) => [line.currency, line.buckets.d31to60, line.buckets.over365, line.unapplied]),
    ).toEqual([
      ['CNY', '600.00', '0.00', '0.00'],
      ['USD', '0.00', '130.00', '0.00'],
    ]);
  });

  it('draws a table with bucket labels in the locale, a total line per currency and unapplied cash beside', async () => {
    const en = await run(['--data', 'tiny', '--by', 'customer', '--allocation', 'none', '--format', 'md']);
    expect(en.code).toBe(exitCodes.ok);
    expect(en.stdout).toContain('| Customer | Currency | Not due | 1–30 days |');
    expect(en.stdout).toContain('| C1 | CNY | 500.00 | 0.00 | 700.00 |');
    expect(en.stdout).toMatch(/\| Total \| USD \| 0\.00 .*\| 180\.00 \| 180\.00 \| 0\.00 \| 50\.00 \| 1 \|/);
    const zh = await run([
      '--data',
      'tiny',
      '--by',
      'group',
      '--locale',
      'zh-CN',
      '--format',
      'md',
      '--buckets',
      'chineseAnnual',
    ]);
    expect(zh.stdout).toContain('| 客户组 | 币种 | 1年以内 | 1-2年 |');
    expect(zh.stdout).toContain('| retail | CNY |');
    expect(zh.stdout).toContain('| 合计 | CNY |');
    expect(zh.stdout).toContain('按开票日计账龄');
  });

  it('totals by a customer tag, customers without it under (none)', async () => {
    const result = await json(['--data', 'tiny', '--by', 'tag:region', '--allocation', 'none']);
    expect(
      (result.lines as { value: string | null; currency: string; balance: string }[]).map((line) => [
        line.value,
        line.currency,
        line.balance,
      ]),
    ).toEqual([
      ['East', 'CNY', '1200.00'],
      [null, 'USD', '180.00'],
    ]);
  });

  it('adds everything converted into the reporting currency', async () => {
    const result = await run([
      '--data',
      'tiny',
      '--allocation',
      'none',
      '--currency',
      'CNY',
      '--rates',
      'USD=7.1',
      '--format',
      'json',
    ]);
    const reporting = (
      JSON.parse(result.stdout) as {
        reporting: {
          currency: string;
          rates: Record<string, string>;
          total: { balance: string; unapplied: string };
        };
      }
    ).reporting;
    expect(reporting.currency).toBe('CNY');
    expect(reporting.rates).toEqual({ CNY: '1', USD: '7.1' });
    expect([reporting.total.balance, reporting.total.unapplied]).toEqual(['2478.00', '455.00']);
    const table = await run(['--data', 'tiny', '--currency', 'CNY', '--rates', 'USD=7.1']);
    expect(table.stdout).toContain('All currencies in CNY');
  });

  it('streams the same figures as the loader with the allocation none', async () => {
    const memory = await json(['--data', 'tiny', '--by', 'customer', '--allocation', 'none']);
    const streamed = await json(['--data', 'tiny', '--by', 'customer', '--stream']);
    expect(streamed.mode).toBe('stream');
    expect(figures(streamed)).toEqual(figures(memory));
  });

  it('streams a generated ledger to the same figures as the loader, by group', async () => {
    const data = join(root, 'generated');
    mkdirSync(data);
    await writeLedger(
      data,
      flattenPortfolioInput(generatePortfolioInput({ seed: 5, customers: 15, invoices: 500 })),
    );
    const args = ['--data', 'generated', '--by', 'group', '--currency', 'CNY', '--rates', 'USD=7.2'];
    const memory = await json([...args, '--allocation', 'none']);
    const streamed = await json([...args, '--stream', '--workers', '3']);
    expect(figures(streamed)).toEqual(figures(memory));
  }, 30_000);

  it('refuses bad options with exit code 2, naming the option', async () => {
    for (const [argv, named] of [
      [['--buckets', 'weekly'], '--buckets "weekly"'],
      [['--by', 'region'], '--by "region"'],
      [['--workers', '0'], '--workers "0"'],
      [['--allocation', 'fifo'], '--allocation "fifo"'],
      [['--stream', '--allocation', 'oldestDue'], '--allocation "oldestDue"'],
    ] as const) {
      const result = await run(['--data', 'tiny', ...argv]);
      expect(result.code).toBe(exitCodes.usage);
      expect(result.stderr).toContain(named);
      expect(result.stdout).toBe('');
    }
  });

  it('refuses --stream for an instalments file or a JSON input', async () => {
    const data = join(root, 'with-instalments');
    mkdirSync(data);
    writeFiles(data, { ...tinyLedger, 'instalments.csv': 'invoiceId,dueDate,amount\n' });
    const result = await run(['--data', 'with-instalments', '--stream']);
    expect(result.code).toBe(exitCodes.usage);
    expect(result.stderr).toContain('instalments.csv: stream mode ages every invoice as one instalment');
  });

  it('fails with exit code 3 listing every bad row in stream mode, or leaves them out with --skip-invalid', async () => {
    const data = join(root, 'bad');
    mkdirSync(data);
    writeFiles(data, {
      ...tinyLedger,
      'invoices.csv': `${tinyLedger['invoices.csv']}INV-5,C1,CNY,2026-06-01,2026-06-15,12;5,\nINV-6,C1,XXX,2026-06-01,2026-06-15,1.00,\n`,
    });
    const failed = await run(['--data', 'bad', '--stream']);
    expect(failed.code).toBe(exitCodes.invalidInput);
    expect(failed.stderr).toContain('invoices.csv:6');
    expect(failed.stderr).toContain('invoices.csv:7');
    const skipped = await run(['--data', 'bad', '--stream', '--skip-invalid', '--format', 'json']);
    expect(skipped.code).toBe(exitCodes.ok);
    expect(skipped.stderr).toContain('skipped 2 rows: 2 in bad/invoices.csv');
    expect((JSON.parse(skipped.stdout) as { skippedRows: number }).skippedRows).toBe(2);
  });

  it('fails with INPUT_NOT_FOUND (exit code 3) when stream mode has no customers file', async () => {
    const data = join(root, 'no-customers');
    mkdirSync(data);
    writeFiles(data, { 'invoices.csv': tinyLedger['invoices.csv']! });
    const result = await run(['--data', 'no-customers', '--stream']);
    expect(result.code).toBe(exitCodes.invalidInput);
    expect(result.stderr).toContain('the customers file is missing');
  });

  it('draws a progress bar on an interactive standard error only, never on standard output nor under CI', async () => {
    const shown = await run(['--data', 'tiny', '--stream'], { interactive: true });
    expect(shown.stderr).toContain('aging |');
    expect(shown.stdout).not.toContain('aging |');
    const ci = await run(['--data', 'tiny', '--stream'], { interactive: true, env: { CI: 'true' } });
    expect(ci.stderr).toBe('');
    const piped = await run(['--data', 'tiny', '--stream']);
    expect(piped.stderr).toBe('');
  });
});

describe('resolveAgingMode', () => {
  const optionsFor = (data: string) =>
    parseCliOptions({ data } as never, { cwd: root, today: '2026-06-30', command: 'receivables aging' });

  it('streams an invoices file above the threshold by itself, with two workers where two threads run', () => {
    const data = join(root, 'large');
    mkdirSync(data);
    writeFiles(data, tinyLedger);
    truncateSync(join(data, 'invoices.csv'), STREAM_THRESHOLD_BYTES + 1);
    const mode = resolveAgingMode(optionsFor('large'), readAgingOptions({}), root, 8);
    expect(mode).toMatchObject({ mode: 'stream', workers: 2, automatic: true });
    expect(resolveAgingMode(optionsFor('large'), readAgingOptions({}), root, 1)).toMatchObject({
      workers: 1,
    });
    expect(resolveAgingMode(optionsFor('large'), readAgingOptions({ workers: '3' }), root, 8)).toMatchObject({
      workers: 3,
    });
    expect(resolveAgingMode(optionsFor('tiny'), readAgingOptions({}), root, 8)).toEqual({
      mode: 'memory',
      note: undefined,
    });
  });

  it('ages a large file in memory, with a note, when it cannot be streamed', () => {
    const data = join(root, 'large-with-instalments');
    mkdirSync(data);
    writeFiles(data, { ...tinyLedger, 'instalments.csv': 'invoiceId,dueDate,amount\n' });
    writeFileSync(join(data, 'invoices.csv'), '');
    truncateSync(join(data, 'invoices.csv'), STREAM_THRESHOLD_BYTES + 1);
    const mode = resolveAgingMode(optionsFor('large-with-instalments'), readAgingOptions({}), root, 8);
    expect(mode.mode).toBe('memory');
    expect(mode.mode === 'memory' ? mode.note : '').toContain('aged in memory');
  });
});
