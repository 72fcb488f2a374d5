import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePortfolio, ReceivablesError } from '@receivables/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { version } from '../../../package.json';
import type { CliInputs } from '../../input/CliInputs.ts';
import type { CliCommand, CommandContext } from '../CliCommand.ts';
import type { CliDependencies } from '../CliDependencies.ts';
import type { CliIo } from '../CliIo.ts';
import { exitCodes } from '../exitCodes.ts';
import { runCli } from '../runCli.ts';
import { runCliWith } from '../runCliWith.ts';

const folder = mkdtempSync(join(tmpdir(), 'receivables-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Captured {
  readonly io: CliIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

function capture(overrides: Partial<CliIo> = {}): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      cwd: folder,
      interactive: false,
      env: {},
      ...overrides,
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

const portfolio = parsePortfolio({
  customers: [{ id: 'C1', name: 'Hengda Trading' }],
  invoices: [
    {
      id: 'I1',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-03-10',
      dueDate: '2026-04-09',
      amount: '1000.00',
    },
  ],
});
const inputs: CliInputs = {
  portfolio,
  creditProfiles: new Map(),
  history: {},
  skipped: [],
  files: ['portfolio.json'],
};

/** A command that shows what it was given: the options, its own options and the invoices it loaded. */
const echo: CliCommand = {
  name: 'echo',
  summary: 'Shows its options',
  options: [
    { flags: '--shout', description: 'capital letters' },
    { flags: '--times <n>', description: 'repeat', defaultValue: '1' },
  ],
  run: async (context: CommandContext) => {
    const loaded = await context.loadInputs();
    await context.loadInputs();
    return {
      tables: [
        {
          id: 'echo',
          title: 'Echo',
          columns: [
            { key: 'name', label: 'Name' },
            { key: 'value', label: 'Value', align: 'right' },
          ],
          rows: [
            { name: 'asOf', value: context.options.asOf },
            { name: 'invoices', value: String(loaded.portfolio.invoices.length) },
          ],
        },
      ],
      json: { options: context.options, commandOptions: context.commandOptions },
    };
  },
};

const failing = (error: unknown): CliCommand => ({
  name: 'fail',
  summary: 'Fails',
  options: [],
  run: () => Promise.reject(error),
});

const validateLike: CliCommand = {
  name: 'check',
  summary: 'Finds problems',
  options: [],
  run: async () => ({ tables: [], json: { problems: 1 }, exitCode: exitCodes.invalidInput }),
};

function dependencies(overrides: Partial<CliDependencies> = {}): CliDependencies & { loads: () => number } {
  let loads = 0;
  return {
    commands: [echo, validateLike],
    loadInputs: async () => {
      loads += 1;
      return inputs;
    },
    today: () => '2026-06-30',
    loads: () => loads,
    ...overrides,
  };
}

describe('runCli: help and version', () => {
  it('prints the version of the package', async () => {
    const run = capture();
    expect(await runCli(['--version'], run.io)).toBe(exitCodes.ok);
    expect(run.stdout()).toBe(`${version}\n`);
  });

  it('prints the help with the commands and the exit codes to standard output', async () => {
    const run = capture();
    expect(await runCli(['--help'], run.io)).toBe(exitCodes.ok);
    expect(run.stdout()).toContain('Usage: receivables <command> [options]');
    expect(run.stdout()).toMatch(/\n {2}kpis \[options\] +Receivables KPIs/);
    expect(run.stdout()).toContain('2 usage error');
    expect(run.stderr()).toBe('');
  });

  it("prints a command's own options and the shared ones in their own groups", async () => {
    const run = capture();
    expect(await runCli(['kpis', '--help'], run.io)).toBe(exitCodes.ok);
    const help = run.stdout();
    expect(help).toContain('Usage: receivables kpis [options]');
    expect(help.indexOf('--period-days <days>')).toBeLessThan(help.indexOf('Shared options:'));
    for (const flag of [
      '--as-of <date>',
      '--locale <locale>',
      '--format <format>',
      '--out <file>',
      '--rates <rates>',
    ]) {
      expect(help.indexOf(flag)).toBeGreaterThan(help.indexOf('Shared options:'));
    }
  });

  it('lists the commands in the order it is given them', async () => {
    const run = capture();
    await runCliWith(['--help'], run.io, dependencies());
    expect(run.stdout().indexOf('echo')).toBeLessThan(run.stdout().indexOf('check'));
  });
});

describe('runCli: usage errors exit with 2', () => {
  it.each([
    [['nope'], "error: unknown command 'nope'"],
    [['kpis', '--bogus'], "error: unknown option '--bogus'"],
    [['kpis', 'extra'], 'error: too many arguments'],
    [['kpis', '--as-of'], "error: option '--as-of <date>' argument missing"],
    [[], 'Usage: receivables <command> [options]'],
  ])('%j', async (argv, message) => {
    const run = capture();
    expect(await runCli(argv, run.io)).toBe(exitCodes.usage);
    expect(run.stderr()).toContain(message);
    expect(run.stdout()).toBe('');
  });

  it.each([
    ['--as-of', '2026-13-01', 'receivables kpis: --as-of "2026-13-01" is not a date: there is no month 13'],
    ['--locale', 'fr', 'receivables kpis: --locale "fr" is not one of en, zh-CN'],
    ['--format', 'pdf', 'receivables kpis: --format "pdf" is not one of table, json, csv, md'],
    ['--rates', 'USD=seven', 'receivables kpis: --rates "USD=seven" gives USD the rate "seven"'],
  ])('a bad %s value is named with the value and the reason', async (option, value, message) => {
    const run = capture();
    expect(await runCli(['kpis', option, value, '--portfolio', 'none.json'], run.io)).toBe(exitCodes.usage);
    expect(run.stderr()).toContain(message);
    expect(run.stderr()).toContain('Run "receivables kpis --help" to see the options.');
    expect(run.stdout()).toBe('');
  });

  it("exits with 2 for a command's own bad option value", async () => {
    const run = capture();
    expect(await runCli(['kpis', '--period-days', 'ninety', '--portfolio', 'none.json'], run.io)).toBe(
      exitCodes.usage,
    );
    expect(run.stderr()).toContain('receivables kpis: --period-days "ninety" is not a whole number of days');
  });
});

describe('runCli: running a command', () => {
  it('passes the checked options, its own options and the loaded inputs (loaded once)', async () => {
    const run = capture();
    const deps = dependencies();
    const code = await runCliWith(
      ['echo', '--shout', '--format', 'json', '--as-of', '2026-05-31'],
      run.io,
      deps,
    );
    expect(code).toBe(exitCodes.ok);
    const json = JSON.parse(run.stdout()) as { options: { asOf: string }; commandOptions: unknown };
    expect(json.options.asOf).toBe('2026-05-31');
    expect(json.commandOptions).toEqual({ shout: true, times: '1' });
    expect(deps.loads()).toBe(1);
  });

  it('defaults --as-of to the date the clock gives', async () => {
    const run = capture();
    await runCliWith(['echo', '--format', 'csv'], run.io, dependencies({ today: () => '2027-01-15' }));
    expect(run.stdout()).toBe('name,value\nasOf,2027-01-15\ninvoices,1\n');
  });

  it('renders tables for people and uses colours only on a terminal without NO_COLOR', async () => {
    const plain = capture({ interactive: true, env: { NO_COLOR: '1' } });
    await runCliWith(['echo'], plain.io, dependencies());
    expect(plain.stdout()).toContain('│ asOf     │ 2026-06-30 │');
    expect(plain.stdout()).not.toContain('\u001b[');
    const coloured = capture({ interactive: true });
    await runCliWith(['echo'], coloured.io, dependencies());
    expect(coloured.stdout()).toContain('\u001b[1mEcho\u001b[22m');
    const redirected = capture({ interactive: false });
    await runCliWith(['echo'], redirected.io, dependencies());
    expect(redirected.stdout()).not.toContain('\u001b[');
  });

  it("returns the command's own exit code", async () => {
    const run = capture();
    expect(await runCliWith(['check'], run.io, dependencies())).toBe(exitCodes.invalidInput);
  });

  it('reports the rows --skip-invalid left out on standard error and still exits with 0', async () => {
    const run = capture();
    const skipped = [
      {
        file: 'invoices.csv',
        row: 3,
        column: 'amount',
        value: '12,5',
        code: 'INVALID_AMOUNT' as const,
        reason: 'bad',
      },
      { file: 'invoices.csv', row: 7, column: 'dueDate', code: 'INVALID_DATE' as const, reason: 'bad' },
    ];
    const deps = dependencies({ loadInputs: async () => ({ ...inputs, skipped }) });
    expect(await runCliWith(['echo', '--skip-invalid'], run.io, deps)).toBe(exitCodes.ok);
    expect(run.stderr()).toBe('skipped 2 rows: 2 in invoices.csv (INVALID_AMOUNT, INVALID_DATE)\n');
    expect(run.stdout()).toContain('Echo');
  });
});

describe('runCli: --out', () => {
  it('writes the result to the file, creating missing folders, and nothing to standard output', async () => {
    const run = capture();
    const code = await runCliWith(
      ['echo', '--format', 'csv', '--out', 'reports/2026/echo.csv'],
      run.io,
      dependencies(),
    );
    expect(code).toBe(exitCodes.ok);
    expect(readFileSync(join(folder, 'reports/2026/echo.csv'), 'utf8')).toBe(
      'name,value\nasOf,2026-06-30\ninvoices,1\n',
    );
    expect(run.stdout()).toBe('');
  });

  it('exits with 4 when the file cannot be written', async () => {
    writeFileSync(join(folder, 'a-file'), 'not a folder');
    const run = capture();
    const code = await runCliWith(['echo', '--out', 'a-file/echo.txt'], run.io, dependencies());
    expect(code).toBe(exitCodes.output);
    expect(run.stderr()).toContain('receivables echo: cannot write the result to --out "a-file/echo.txt"');
    expect(run.stdout()).toBe('');
  });

  it('exits with 4 when the path is a folder', async () => {
    const run = capture();
    expect(await runCliWith(['echo', '--out', '.'], run.io, dependencies())).toBe(exitCodes.output);
  });
});

describe('runCli: failures', () => {
  it('exits with 3 for a missing input and with 3 and every problem on its own line for invalid rows', async () => {
    const missing = capture();
    const notFound = new ReceivablesError(
      'INPUT_NOT_FOUND',
      'loadCliInputs: the --data folder "x" does not exist',
    );
    expect(
      await runCliWith(['echo'], missing.io, dependencies({ loadInputs: () => Promise.reject(notFound) })),
    ).toBe(exitCodes.invalidInput);
    expect(missing.stderr()).toBe('receivables echo: loadCliInputs: the --data folder "x" does not exist\n');

    const invalid = capture();
    const problems = [
      {
        file: 'invoices.csv',
        row: 17,
        column: 'amount',
        value: '12,50',
        code: 'INVALID_AMOUNT' as const,
        reason: 'is not a decimal amount',
      },
      { file: 'customers.csv', code: 'INVALID_INPUT_FILE' as const, reason: 'lacks the column name' },
    ];
    const error = new ReceivablesError(
      'INVALID_INPUT_FILE',
      'loadCliInputs: 2 problems in the input files\n  invoices.csv:17: ...\n  customers.csv: ...',
      { details: { problems } },
    );
    const code = await runCliWith(
      ['echo'],
      invalid.io,
      dependencies({ loadInputs: () => Promise.reject(error) }),
    );
    expect(code).toBe(exitCodes.invalidInput);
    expect(invalid.stderr().split('\n')).toEqual([
      'receivables echo: loadCliInputs: 2 problems in the input files',
      'invoices.csv:17: column amount: "12,50" is not a decimal amount (INVALID_AMOUNT)',
      'customers.csv: lacks the column name (INVALID_INPUT_FILE)',
      '',
    ]);
  });

  it('exits with 3 for an invalid policy, scorecard or catalog, listing the issues', async () => {
    for (const code of ['INVALID_POLICY', 'INVALID_SCORECARD', 'INVALID_CATALOG'] as const) {
      const run = capture();
      const error = new ReceivablesError(code, 'parseThing: 1 issue', {
        details: {
          issues: [{ path: ['levels', 0], pathText: 'levels[0]', code: 'too_small', message: 'is empty' }],
        },
      });
      expect(await runCliWith(['fail'], run.io, dependencies({ commands: [failing(error)] }))).toBe(3);
      expect(run.stderr()).toBe('receivables fail: parseThing: 1 issue\nlevels[0]: is empty (too_small)\n');
    }
  });

  it('exits with 1 and the message for any other failure', async () => {
    const domain = capture();
    const error = new ReceivablesError('MISSING_EXCHANGE_RATE', 'ageReceivables: no rate for USD');
    expect(await runCliWith(['fail'], domain.io, dependencies({ commands: [failing(error)] }))).toBe(1);
    expect(domain.stderr()).toBe('receivables fail: ageReceivables: no rate for USD\n');

    const bug = capture();
    expect(
      await runCliWith(
        ['fail'],
        bug.io,
        dependencies({ commands: [failing(new TypeError('x is undefined'))] }),
      ),
    ).toBe(1);
    expect(bug.stderr()).toContain('receivables fail: unexpected TypeError: x is undefined');
  });
});

describe('runCli: kpis end to end', () => {
  it('computes the KPIs of a --portfolio file', async () => {
    writeFileSync(
      join(folder, 'portfolio.json'),
      JSON.stringify({
        customers: [{ id: 'C1', name: 'Hengda Trading' }],
        invoices: [
          {
            id: 'I1',
            customerId: 'C1',
            currency: 'CNY',
            issueDate: '2026-03-10',
            dueDate: '2026-04-09',
            amount: '1000.00',
          },
          {
            id: 'I2',
            customerId: 'C1',
            currency: 'CNY',
            issueDate: '2026-05-20',
            dueDate: '2026-07-19',
            amount: '800.00',
          },
        ],
        payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-04-30', amount: '600.00' }],
      }),
    );
    const run = capture();
    const code = await runCli(
      [
        'kpis',
        '--portfolio',
        'portfolio.json',
        '--as-of',
        '2026-06-30',
        '--from',
        '2026-04-01',
        '--format',
        'csv',
      ],
      run.io,
    );
    expect(run.stderr()).toBe('');
    expect(code).toBe(exitCodes.ok);
    expect(run.stdout().split('\n').slice(0, 2)).toEqual([
      'currency,kpi,value,unit,figures',
      'CNY,DSO (standard),136.50,days,ending receivables 1200.00; credit sales 800.00; days 91',
    ]);
  });

  it('exits with 3 when the --portfolio file does not exist', async () => {
    const run = capture();
    expect(await runCli(['kpis', '--portfolio', 'nowhere.json'], run.io)).toBe(exitCodes.invalidInput);
    expect(run.stderr()).toContain('nowhere.json');
  });
});

describe('properties', () => {
  it('any argument list ends with a documented exit code, without throwing or writing files', async () => {
    const token = fc.oneof(
      fc.constantFrom(
        'echo',
        'check',
        '--format',
        'json',
        'csv',
        '--as-of',
        '2026-06-30',
        '--locale',
        '--rates',
        '--help',
        '-V',
        '--times',
        '--shout',
        '--map',
        '--input',
      ),
      fc.string({ maxLength: 8 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 6 }), async (argv) => {
        const run = capture();
        const code = await runCliWith(argv, run.io, dependencies());
        expect([0, 1, 2, 3, 4]).toContain(code);
        if (code === exitCodes.usage) expect(run.stderr()).not.toBe('');
      }),
      { numRuns: 60 },
    );
  });

  it('the exit code is 0 exactly when nothing went to standard error (without --skip-invalid)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('table', 'json', 'csv', 'md', 'xml'),
        fc.constantFrom('en', 'zh-CN', 'de'),
        async (format, locale) => {
          const run = capture();
          const code = await runCliWith(
            ['echo', '--format', format, '--locale', locale],
            run.io,
            dependencies(),
          );
          expect(code === exitCodes.ok).toBe(run.stderr() === '');
        },
      ),
    );
  });
});
