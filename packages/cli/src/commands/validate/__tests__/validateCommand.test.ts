import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isReceivablesError } from '@receivables/core';
import { defaultReminderPolicy } from '@receivables/reminder-policy';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../../../program/CliCommand.ts';
import type { CliOptions } from '../../../program/CliOptions.ts';
import { exitCodes } from '../../../program/exitCodes.ts';
import { validateCommand } from '../validateCommand.ts';

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

const valid = {
  'data/customers.csv': csv('id,name', 'C1,Hengda', 'C2,Acme'),
  'data/invoices.csv': csv(
    'id,customerId,currency,issueDate,dueDate,amount',
    'INV-1,C1,CNY,2026-03-01,2026-03-31,100.00',
  ),
};

async function validate(
  files: Readonly<Record<string, string>>,
  options: Partial<CliOptions> = {},
): Promise<CommandResult> {
  const cwd = mkdtempSync(join(tmpdir(), 'receivables-cli-validate-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(cwd, path)), { recursive: true });
      writeFileSync(join(cwd, path), content);
    }
    const cliOptions: CliOptions = {
      asOf: '2026-06-30',
      locale: 'en',
      format: 'table',
      rates: {},
      inputs: {},
      columnMap: {},
      skipInvalid: false,
      data: 'data',
      ...options,
    };
    return await validateCommand.run({
      options: cliOptions,
      commandOptions: {},
      io: { stdout: () => {}, stderr: () => {}, cwd, interactive: false, env: {} },
      loadInputs: () => Promise.reject(new Error('validate reads the files itself')),
    });
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

describe('validateCommand', () => {
  it('lists each file with the records read and exits 0 when all is well', async () => {
    const result = await validate(
      { ...valid, 'policy.json': JSON.stringify(defaultReminderPolicy) },
      { policy: 'policy.json' },
    );
    expect(result.exitCode).toBe(exitCodes.ok);
    expect(result.tables[0]?.id).toBe('inputFiles');
    expect(result.tables[0]?.rows).toEqual([
      { file: 'data/customers.csv', kind: 'customers', records: '2' },
      { file: 'data/invoices.csv', kind: 'invoices', records: '1' },
      { file: 'policy.json', kind: 'reminder policy', records: '' },
    ]);
    expect(result.tables[0]?.notes).toEqual(['All input files are valid.']);
    expect(result.json).toMatchObject({ valid: true });
  });

  it('collects the problems of every file and document, and exits 3', async () => {
    const files = {
      'data/customers.csv': csv('id,name', 'C1,'),
      'data/invoices.csv': csv(
        'id,customerId,currency,issueDate,dueDate,amount',
        'INV-1,C1,CNY,2026-03-01,2026-03-31,"12,50"',
      ),
      'data/payments.csv': csv('id,customerId,currency,date', 'P1,C1,CNY,2026-04-01'),
      'policy.json': '{ "preDue": ',
      'scorecard.json': JSON.stringify({ id: 'x', factors: [] }),
    };
    const result = await validate(files, {
      policy: 'policy.json',
      scorecard: 'scorecard.json',
      catalog: 'catalog.json',
    });
    expect(result.exitCode).toBe(exitCodes.invalidInput);
    const table = result.tables[0];
    expect(table?.id).toBe('inputProblems');
    expect(table?.columns.map((column) => column.key)).toEqual([
      'file',
      'row',
      'column',
      'value',
      'code',
      'reason',
    ]);
    const rows = table?.rows ?? [];
    expect(rows.slice(0, 3).map((row) => [row.file, row.row, row.column, row.value, row.code])).toEqual([
      ['data/customers.csv', '2', 'name', '', 'INVALID_RECORD'],
      ['data/invoices.csv', '2', 'amount', '12,50', 'INVALID_AMOUNT'],
      ['data/payments.csv', '', 'amount', '', 'INVALID_INPUT_FILE'],
    ]);
    expect(rows.map((row) => row.file).slice(3)).toEqual([
      'policy.json',
      ...rows.filter((row) => row.file === 'scorecard.json').map(() => 'scorecard.json'),
      'catalog.json',
    ]);
    expect(rows.at(-1)).toMatchObject({
      code: 'INPUT_NOT_FOUND',
      reason: 'the script catalog file "catalog.json" does not exist',
    });
    expect(table?.notes?.[0]).toBe(`${rows.length} problems found.`);
    expect(result.json).toMatchObject({ valid: false });
  });

  it('lists a missing input folder as a problem, checks strictly under --skip-invalid and says so, and labels in Chinese', async () => {
    const missing = await validate({}, { data: 'nowhere' });
    expect(missing.exitCode).toBe(exitCodes.invalidInput);
    expect(missing.tables[0]?.rows).toEqual([
      {
        file: 'nowhere',
        row: '',
        column: '',
        value: '',
        code: 'INPUT_NOT_FOUND',
        reason: 'the --data folder "nowhere" does not exist or is not a folder',
      },
    ]);
    const skipping = await validate(
      { ...valid, 'data/customers.csv': csv('id,name', 'C1,Hengda', 'C2,') },
      { skipInvalid: true, locale: 'zh-CN' },
    );
    expect(skipping.exitCode).toBe(exitCodes.invalidInput);
    expect(skipping.tables[0]?.title).toBe('输入问题');
    expect(skipping.tables[0]?.notes).toEqual([
      '共发现 1 个问题。',
      'validate 列出全部问题：--skip-invalid 对它不起作用。',
    ]);
  });

  it('leaves option errors to the program (INVALID_OPTION, exit code 2)', async () => {
    await expect(validate(valid, { columnMap: { invoices: { amout: 'x' } } })).rejects.toSatisfy((error) =>
      isReceivablesError(error, 'INVALID_OPTION'),
    );
  });
});

describe('properties', () => {
  it('exit code 3 exactly when it lists a problem, and then one row per problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(['12,50', '2026-02-30', 'cny', ''] as const), async (bad) => {
        const cells = ['100.00', '2026-03-31', 'CNY', 'C1'];
        bad.forEach((value, index) => {
          cells[index] = value;
        });
        const [amount, dueDate, currency, customerId] = cells;
        const files = {
          ...valid,
          'data/invoices.csv': csv(
            'id,customerId,currency,issueDate,dueDate,amount',
            `INV-1,${customerId},${currency},2026-03-01,${dueDate},"${amount}"`,
          ),
        };
        const result = await validate(files);
        const problems = result.tables[0]?.id === 'inputProblems' ? (result.tables[0]?.rows.length ?? 0) : 0;
        expect(result.exitCode === exitCodes.invalidInput).toBe(problems > 0);
        expect(problems).toBe(bad.length);
      }),
      { numRuns: 16 },
    );
  });
});
