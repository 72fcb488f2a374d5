import { isReceivablesError, parsePortfolio, serializePortfolio } from '@receivables/core';
import { generatePortfolioInput } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CliInputs } from '../CliInputs.ts';
import type { InputKind } from '../InputKind.ts';
import type { InputProblem } from '../InputProblem.ts';
import { inputColumns } from '../inputColumns.ts';
import { loadCliInputs } from '../loadCliInputs.ts';
import {
  cliOptions,
  csv,
  csvText,
  portfolioCsvFiles,
  portfolioCsvTables,
  withFiles,
} from './inputFixtures.ts';
import { ledgerCsv, ledgerJson } from './ledgerFixture.ts';

type Options = Parameters<typeof cliOptions>[0];

const load = (files: Readonly<Record<string, string>>, options: Options = {}): Promise<CliInputs> =>
  withFiles(files, (cwd) => loadCliInputs(cliOptions(options), { cwd }));

/** The error `loadCliInputs` throws, for checking its code and problems. */
async function failure(files: Readonly<Record<string, string>>, options: Options = {}) {
  try {
    await load(files, options);
  } catch (error) {
    if (isReceivablesError(error)) return error;
    throw error;
  }
  throw new Error('expected loadCliInputs to fail');
}

async function problemsOf(
  files: Readonly<Record<string, string>>,
  options: Options = {},
): Promise<InputProblem[]> {
  const error = await failure(files, options);
  expect(error.code).toBe('INVALID_INPUT_FILE');
  return error.details.problems as InputProblem[];
}

const minimal = {
  'data/customers.csv': csv('id,name', 'C1,Hengda Trading'),
  'data/invoices.csv': csv(
    'id,customerId,currency,issueDate,dueDate,amount',
    'INV-1,C1,CNY,2026-03-01,2026-03-31,1200.00',
  ),
};

describe('loadCliInputs: every kind of file', () => {
  it('reads a data folder of CSV files into the portfolio, credit profiles and history', async () => {
    const inputs = await load(ledgerCsv);
    const { portfolio } = inputs;
    expect(portfolio.customers).toEqual([
      {
        id: 'C1',
        name: 'Hengda Trading',
        group: 'key-account',
        tags: { region: 'East', salesperson: 'Li Wei' },
        onboardedOn: '2020-03-01',
      },
      { id: 'C2', name: 'Acme, Inc.', tags: { region: 'West' } },
    ]);
    const [first, second] = portfolio.invoices;
    expect(
      first?.instalments.map(
        (part) => `${part.index} ${part.dueDate} ${part.amount.toFixed(2)} ${part.role}`,
      ),
    ).toEqual(['1 2026-01-15 30000.00 first', '2 2026-03-15 60000.00 middle', '3 2027-03-15 10000.00 final']);
    expect(first?.dueDate).toBe('2027-03-15');
    expect(first?.reference).toBe('FP-001');
    expect(second?.instalments.map((part) => part.role)).toEqual(['final']);
    expect(
      portfolio.payments[0]?.applications.map(
        (a) => `${a.invoiceId}/${a.instalment ?? '-'}/${a.amount.toFixed(2)}`,
      ),
    ).toEqual(['INV-1/1/30000.00', 'INV-1/-/5000.00']);
    expect(portfolio.payments[1]?.applications).toEqual([]);
    expect(portfolio.creditNotes[0]?.reason).toBe('damaged in transit, returned');
    expect(portfolio.creditNotes[0]?.applications[0]?.invoiceId).toBe('INV-2');
    expect(portfolio.disputes[0]?.reason).toBe('short delivery:\ntwo pallets "missing"');
    expect(portfolio.disputes[0]?.instalment).toBe(2);
    expect(portfolio.promises.map((promise) => [promise.invoiceIds, promise.status])).toEqual([
      [['INV-1'], 'kept'],
      [[], 'open'],
    ]);
    const profile = inputs.creditProfiles.get('C1');
    expect(profile?.courtDefaulter).toBe(false);
    expect(profile?.onTimeRatio).toBe(0.92);
    expect(profile?.netAssets?.toFixed(2)).toBe('-5000.50');
    expect(profile?.annualCreditSales?.toFixed(2)).toBe('1200000.00');
    expect(inputs.history).toEqual({
      actions: [{ date: '2026-04-01', customerId: 'C1', channel: 'phone', invoiceIds: ['INV-1'] }],
      acknowledgements: [{ date: '2026-04-02', customerId: 'C1', invoiceIds: ['INV-1'] }],
      deliveredDemands: [{ date: '2026-04-03', customerId: 'C2' }],
    });
    expect(inputs.skipped).toEqual([]);
    expect(inputs.files).toEqual(Object.keys(ledgerCsv).map((file) => file));
  });

  it('reads the same ledger from JSON files, nested or in files of their own, into the same inputs', async () => {
    const fromCsv = await load(ledgerCsv);
    const fromJson = await load(ledgerJson);
    expect(serializePortfolio(fromJson.portfolio)).toEqual(serializePortfolio(fromCsv.portfolio));
    expect(fromJson.creditProfiles).toEqual(fromCsv.creditProfiles);
    expect(fromJson.history).toEqual(fromCsv.history);
  });

  it('reads a --portfolio file in the shape serializePortfolio writes, with profiles and history from --data', async () => {
    const fromCsv = await load(ledgerCsv);
    const files = {
      'ledger.json': JSON.stringify(serializePortfolio(fromCsv.portfolio)),
      'data/credit-profiles.csv': ledgerCsv['data/credit-profiles.csv'] ?? '',
      'data/history.csv': ledgerCsv['data/history.csv'] ?? '',
    };
    const inputs = await load(files, { portfolio: 'ledger.json' });
    expect(serializePortfolio(inputs.portfolio)).toEqual(serializePortfolio(fromCsv.portfolio));
    expect(inputs.creditProfiles).toEqual(fromCsv.creditProfiles);
    expect(inputs.files).toEqual(['ledger.json', 'data/credit-profiles.csv', 'data/history.csv']);
  });

  it('lets --input add a kind or replace the one found in --data', async () => {
    const files = {
      ...minimal,
      'exports/kunden.csv': csv('id,name', 'C1,Hengda Trading', 'C2,Acme'),
      'exports/zahlungen.json': JSON.stringify([
        { id: 'P1', customerId: 'C2', currency: 'CNY', date: '2026-04-01', amount: 5 },
      ]),
    };
    const inputs = await load(files, {
      inputs: { customers: 'exports/kunden.csv', payments: 'exports/zahlungen.json' },
    });
    expect(inputs.portfolio.customers.map((customer) => customer.id)).toEqual(['C1', 'C2']);
    expect(inputs.portfolio.payments[0]?.amount.toFixed(2)).toBe('5.00');
    expect(inputs.files).toEqual(['exports/kunden.csv', 'data/invoices.csv', 'exports/zahlungen.json']);
  });

  it('gives empty credit profiles and history when there are no such files', async () => {
    const inputs = await load(minimal);
    expect(inputs.creditProfiles.size).toBe(0);
    expect(inputs.history).toEqual({});
  });

  it('reads other column names through --map, tag columns included', async () => {
    const files = {
      'data/customers.csv': csv('Kunde,Name,Region', 'C1,Hengda Trading,East'),
      'data/invoices.csv': csv(
        'id,customerId,currency,issueDate,dueDate,Betrag',
        'INV-1,C1,CNY,2026-03-01,2026-03-31,1200.00',
      ),
    };
    const columnMap = {
      customers: { id: 'Kunde', name: 'Name', 'tag.region': 'Region' },
      invoices: { amount: 'Betrag' },
    };
    const inputs = await load(files, { columnMap });
    expect(inputs.portfolio.customers[0]).toEqual({
      id: 'C1',
      name: 'Hengda Trading',
      tags: { region: 'East' },
    });
    expect(inputs.portfolio.invoices[0]?.amount.toFixed(2)).toBe('1200.00');
    const problems = await problemsOf(
      {
        ...files,
        'data/invoices.csv': csv(
          'id,customerId,currency,issueDate,dueDate,Betrag',
          'INV-1,C1,CNY,2026-03-01,2026-03-31,12,5',
        ),
      },
      { columnMap },
    );
    expect(problems[0]).toMatchObject({ file: 'data/invoices.csv', row: 2, code: 'INVALID_INPUT_FILE' });
  });

  it('reads UTF-8 with a byte order mark, quoted fields, spaces around values and blank lines', async () => {
    const files = {
      'data/customers.csv': `\uFEFF${csv('id,name', ' C1 ,"Hengda ""Big"" Trading, Ltd."', '', 'C2,"Two', 'lines"')}`,
      'data/invoices.csv': csv(
        'id,customerId,currency,issueDate,dueDate,amount',
        'INV-1, C1 ,CNY,2026-03-01,2026-03-31, 1200.00 ',
        ',,,,,',
      ),
    };
    const inputs = await load(files);
    expect(inputs.portfolio.customers.map((customer) => customer.name)).toEqual([
      'Hengda "Big" Trading, Ltd.',
      'Two\nlines',
    ]);
    expect(inputs.portfolio.invoices.map((invoice) => invoice.customerId)).toEqual(['C1']);
  });

  it('numbers rows as a spreadsheet does: the header is row 1, a blank line is a row, a quoted line break is not', async () => {
    const files = {
      ...minimal,
      'data/customers.csv': csv('id,name', 'C1,"Hengda', 'Trading"', '', 'C2,', 'C3,Acme'),
    };
    const problems = await problemsOf(files);
    expect(problems).toEqual([
      {
        file: 'data/customers.csv',
        row: 4,
        column: 'name',
        code: 'INVALID_RECORD',
        reason: 'the cell is empty but a value is required',
      },
    ]);
  });

  it('reads the instalments of an invoice in row order when they are not numbered', async () => {
    const files = {
      ...minimal,
      'data/invoices.csv': csv('id,customerId,currency,issueDate,amount', 'INV-1,C1,CNY,2026-03-01,1000.00'),
      'data/instalments.csv': csv(
        'invoiceId,dueDate,amount',
        'INV-1,2026-04-01,300.00',
        'INV-1,2026-05-01,700.00',
      ),
    };
    const inputs = await load(files);
    expect(inputs.portfolio.invoices[0]?.instalments.map((part) => part.amount.toFixed(2))).toEqual([
      '300.00',
      '700.00',
    ]);
  });
});

describe('loadCliInputs: problems', () => {
  const withInvoice = (line: string, header = 'id,customerId,currency,issueDate,dueDate,amount') => ({
    ...minimal,
    'data/invoices.csv': csv(header, line),
  });

  it('names the file, row, column, value and reason of a bad amount, date or currency, with its code', async () => {
    expect(await problemsOf(withInvoice('INV-1,C1,CNY,2026-03-01,2026-03-31,"12,50"'))).toEqual([
      {
        file: 'data/invoices.csv',
        row: 2,
        column: 'amount',
        value: '12,50',
        code: 'INVALID_AMOUNT',
        reason: '"12,50" is not a decimal number',
      },
    ]);
    expect(await problemsOf(withInvoice('INV-1,C1,CNY,2026-03-01,2026-02-30,12.50'))).toMatchObject([
      { row: 2, column: 'dueDate', value: '2026-02-30', code: 'INVALID_DATE' },
    ]);
    expect(await problemsOf(withInvoice('INV-1,C1,cny,2026-03-01,2026-03-31,12.50'))).toMatchObject([
      { row: 2, column: 'currency', value: 'cny', code: 'INVALID_CURRENCY' },
    ]);
    expect(await problemsOf(withInvoice('INV-1,C1,JPY,2026-03-01,2026-03-31,12.50'))).toMatchObject([
      { row: 2, column: 'amount', value: '12.50', code: 'AMOUNT_TOO_PRECISE' },
    ]);
    expect(await problemsOf(withInvoice('INV-1,C1,CNY,2026-03-01,2026-03-31,-5'))).toMatchObject([
      { row: 2, column: 'amount', code: 'INVALID_RECORD', reason: '-5 is not a positive amount' },
    ]);
  });

  it('names the column a --map renamed, as the file names it', async () => {
    const problems = await problemsOf(
      withInvoice(
        'INV-1,C1,CNY,2026-03-01,2026-03-31,"12,50"',
        'id,customerId,currency,issueDate,dueDate,Betrag',
      ),
      {
        columnMap: { invoices: { amount: 'Betrag' } },
      },
    );
    expect(problems).toMatchObject([{ column: 'Betrag', value: '12,50', code: 'INVALID_AMOUNT' }]);
  });

  it('reports references to unknown customers, invoices and payments, and duplicate ids', async () => {
    const files = {
      'data/customers.csv': csv('id,name', 'C1,Hengda', 'C1,Hengda again'),
      'data/invoices.csv': csv(
        'id,customerId,currency,issueDate,dueDate,amount',
        'INV-1,C9,CNY,2026-03-01,2026-03-31,5.00',
      ),
      'data/instalments.csv': csv('invoiceId,dueDate,amount', 'INV-7,2026-03-31,5.00'),
      'data/payments.csv': csv('id,customerId,currency,date,amount', 'P1,C1,CNY,2026-04-01,5.00'),
      'data/payment-applications.csv': csv('paymentId,invoiceId,amount', 'P2,INV-1,5.00', 'P1,INV-8,5.00'),
    };
    const problems = await problemsOf(files);
    expect(
      problems.map((problem) => [problem.file, problem.row, problem.column, problem.value, problem.code]),
    ).toEqual([
      ['data/customers.csv', 3, 'id', 'C1', 'INVALID_PORTFOLIO'],
      ['data/invoices.csv', 2, 'customerId', 'C9', 'INVALID_PORTFOLIO'],
      ['data/instalments.csv', 2, 'invoiceId', 'INV-7', 'INVALID_PORTFOLIO'],
      ['data/payment-applications.csv', 2, 'paymentId', 'P2', 'INVALID_PORTFOLIO'],
      ['data/payment-applications.csv', 3, 'invoiceId', 'INV-8', 'INVALID_PORTFOLIO'],
    ]);
    expect(problems[0]?.reason).toBe('customer id "C1" is already used by customers[0]');
  });

  it('lists every problem of every file, not only the first', async () => {
    const files = {
      'data/customers.csv': csv('id,name', 'C1,', 'C2,Acme'),
      'data/invoices.csv': csv(
        'id,customerId,currency,issueDate,dueDate,amount',
        'INV-1,C1,CNY,2026-13-01,2026-03-31,abc',
        'INV-2,C2,usd,2026-03-01,2026-03-31,5.00',
      ),
      'data/payments.csv': csv('id,customerId,currency,date,amount', 'P1,C2,USD,2026-04-01,0'),
    };
    const error = await failure(files);
    const problems = error.details.problems as InputProblem[];
    expect(
      problems.map((problem) => `${problem.file}:${problem.row} ${problem.column} ${problem.code}`),
    ).toEqual([
      'data/customers.csv:2 name INVALID_RECORD',
      'data/invoices.csv:2 issueDate INVALID_DATE',
      'data/invoices.csv:2 amount INVALID_AMOUNT',
      'data/invoices.csv:3 currency INVALID_CURRENCY',
      'data/payments.csv:2 amount INVALID_RECORD',
    ]);
    expect(error.message.split('\n')[0]).toBe('loadCliInputs: 5 problems in the input files');
    expect(error.message.split('\n')[1]).toBe(
      '  data/customers.csv:2: column name: the cell is empty but a value is required (INVALID_RECORD)',
    );
  });

  it('refuses a file without a required column, also under --skip-invalid', async () => {
    const files = withInvoice(
      'INV-1,C1,CNY,2026-03-01,2026-03-31',
      'id,customerId,currency,issueDate,dueDate',
    );
    const expected = [
      {
        file: 'data/invoices.csv',
        column: 'amount',
        code: 'INVALID_INPUT_FILE',
        reason: 'the required column "amount" is missing',
      },
    ];
    expect(await problemsOf(files)).toEqual(expected);
    expect(await problemsOf(files, { skipInvalid: true })).toEqual(expected);
    const mapped = await problemsOf(files, { columnMap: { invoices: { amount: 'Betrag' } } });
    expect(mapped[0]?.reason).toBe('the required column "Betrag" (invoices.amount by --map) is missing');
  });

  it('reports an unknown column (a typo must not drop its data); --skip-invalid leaves it unread and lists it', async () => {
    const files = {
      ...minimal,
      'data/customers.csv': csv('id,name,tag.region,regoin,', 'C1,Hengda,East,West,'),
    };
    const problems = await problemsOf(files);
    expect(problems).toEqual([
      {
        file: 'data/customers.csv',
        column: 'regoin',
        code: 'INVALID_INPUT_FILE',
        reason:
          'unknown column "regoin": customers files have the columns id, name, group, onboardedOn or tag.<key>',
      },
      {
        file: 'data/customers.csv',
        column: '#5',
        code: 'INVALID_INPUT_FILE',
        reason: 'column 5 has no name, so its cells would not be read',
      },
    ]);
    const inputs = await load(files, { skipInvalid: true });
    expect(inputs.portfolio.customers[0]?.tags).toEqual({ region: 'East' });
    expect(inputs.skipped).toEqual(problems);
  });

  it('suggests the column a misspelt one was probably meant to be', async () => {
    const problems = await problemsOf(
      withInvoice(
        'INV-1,C1,CNY,2026-03-01,2026-03-31,5.00,X',
        'id,customerId,currency,issueDate,dueDate,amount,refrence',
      ),
    );
    expect(problems[0]?.reason).toMatch(/did you mean "reference"\?$/);
  });

  it('refuses a column given twice, and rows with more or fewer cells than the header', async () => {
    expect(
      await problemsOf(
        withInvoice(
          'INV-1,C1,CNY,2026-03-01,2026-03-31,5,6',
          'id,customerId,currency,issueDate,dueDate,amount,amount',
        ),
      ),
    ).toMatchObject([
      {
        column: 'amount',
        code: 'INVALID_INPUT_FILE',
        reason: 'column "amount" appears twice in the header (columns 6 and 7)',
      },
    ]);
    expect(await problemsOf(withInvoice('INV-1,C1,CNY,2026-03-01,2026-03-31'))).toMatchObject([
      { row: 2, code: 'INVALID_INPUT_FILE', reason: 'the row has 5 cells but the header names 6 columns' },
    ]);
  });

  it('reports malformed CSV and JSON as problems of the file, JSON with its line and column', async () => {
    const badCsv = await problemsOf(withInvoice('INV-1,C1,CNY,2026-03-01,2026-03-31,"5.00'));
    expect(badCsv).toMatchObject([{ file: 'data/invoices.csv', code: 'INVALID_INPUT_FILE' }]);
    expect(badCsv[0]?.reason).toMatch(/^is not valid CSV: Quote Not Closed/);
    const badJson = await problemsOf({
      ...minimal,
      'data/payments.json': '[\n  { "id": "P1",\n    "amount": 5,, }\n]',
    });
    expect(badJson).toMatchObject([{ file: 'data/payments.json', code: 'INVALID_INPUT_FILE' }]);
    expect(badJson[0]?.reason).toMatch(/^is not valid JSON at line 3, column 17: /);
    expect(await problemsOf({ ...minimal, 'data/payments.json': '{"id":"P1"}' })).toMatchObject([
      { reason: 'holds an object: a payments JSON file holds an array of records' },
    ]);
    expect(await problemsOf({ ...minimal, 'data/customers.csv': '' })).toMatchObject([
      { file: 'data/customers.csv', reason: 'is empty: a CSV file starts with a header row' },
    ]);
  });

  it('names the JSON path of a problem inside a JSON record, and its position in the array as the row', async () => {
    const files = {
      ...minimal,
      'data/invoices.json': JSON.stringify([
        {
          id: 'INV-1',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2026-03-01',
          amount: '10.00',
          instalments: [
            { dueDate: '2026-04-01', amount: '4.00' },
            { dueDate: '2026-02-30', amount: '6.00' },
          ],
        },
        {
          id: 'INV-2',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2026-03-01',
          dueDate: '2026-04-01',
          amount: 5,
          colour: 'red',
        },
      ]),
    };
    delete (files as Record<string, string>)['data/invoices.csv'];
    const problems = await problemsOf(files);
    expect(problems).toMatchObject([
      {
        file: 'data/invoices.json',
        row: 1,
        column: 'instalments[1].dueDate',
        value: '2026-02-30',
        code: 'INVALID_DATE',
      },
      { file: 'data/invoices.json', row: 2, code: 'INVALID_RECORD', reason: 'Unrecognized key: "colour"' },
    ]);
  });

  it('names records of a --portfolio file by their JSON path, without a row', async () => {
    const files = {
      'ledger.json': JSON.stringify({
        customers: [{ id: 'C1', name: 'Hengda' }],
        invoices: [
          {
            id: 'INV-1',
            customerId: 'C1',
            currency: 'CNY',
            issueDate: '2026-03-01',
            dueDate: '2026-04-01',
            amount: '5,00',
          },
        ],
      }),
    };
    expect(await problemsOf(files, { data: undefined, portfolio: 'ledger.json' })).toEqual([
      {
        file: 'ledger.json',
        column: 'invoices[0].amount',
        value: '5,00',
        code: 'INVALID_AMOUNT',
        reason: '"5,00" is not a decimal number',
      },
    ]);
    expect(
      await problemsOf({ 'ledger.json': '{"invoice": []}' }, { data: undefined, portfolio: 'ledger.json' }),
    ).toMatchObject([{ file: 'ledger.json', column: 'invoice', code: 'INVALID_INPUT_FILE' }]);
  });

  it('checks instalment numbers: whole numbers from 1, each once, up to the number of rows, on all rows or none', async () => {
    const files = (...rows: string[]) => ({
      ...minimal,
      'data/invoices.csv': csv('id,customerId,currency,issueDate,amount', 'INV-1,C1,CNY,2026-03-01,10.00'),
      'data/instalments.csv': csv('invoiceId,number,dueDate,amount', ...rows),
    });
    expect(await problemsOf(files('INV-1,1,2026-04-01,4.00', 'INV-1,1,2026-05-01,6.00'))).toMatchObject([
      {
        row: 3,
        column: 'number',
        value: '1',
        reason: 'instalment 1 of invoice "INV-1" is also at data/instalments.csv row 2',
      },
    ]);
    expect(await problemsOf(files('INV-1,1,2026-04-01,4.00', 'INV-1,3,2026-05-01,6.00'))).toMatchObject([
      { row: 3, reason: 'invoice "INV-1" has 2 instalment rows, so there is no instalment 3' },
    ]);
    expect(await problemsOf(files('INV-1,1,2026-04-01,4.00', 'INV-1,,2026-05-01,6.00'))).toMatchObject([
      { row: 3, reason: 'the other instalment rows of invoice "INV-1" are numbered: number this one too' },
    ]);
    expect(await problemsOf(files('INV-1,first,2026-04-01,4.00', 'INV-1,1.5,2026-05-01,6.00'))).toMatchObject(
      [
        { row: 2, column: 'number', value: 'first', reason: '"first" is not a number' },
        {
          row: 3,
          column: 'number',
          value: '1.5',
          reason: '1.5 is not an instalment number: instalments are numbered 1, 2, 3, ...',
        },
      ],
    );
    expect(await problemsOf(files('INV-1,1,2026-04-01,4.00', 'INV-1,2,2026-05-01,5.00'))).toMatchObject([
      {
        file: 'data/invoices.csv',
        row: 2,
        code: 'INVALID_RECORD',
        reason: 'the instalments sum to 9.00 but the amount is 10.00',
      },
    ]);
  });

  it('reads instalments.json records by invoiceId and number, and names what joins them when it is wrong', async () => {
    const invoices = csv('id,customerId,currency,issueDate,amount', 'INV-1,C1,CNY,2026-03-01,10.00');
    const instalments = (...records: unknown[]) => ({
      ...minimal,
      'data/invoices.csv': invoices,
      'data/instalments.json': JSON.stringify(records),
    });
    const inputs = await load(
      instalments(
        { invoiceId: 'INV-1', number: 2, dueDate: '2026-05-01', amount: '6.00' },
        { invoiceId: 'INV-1', number: 1, dueDate: '2026-04-01', amount: 4 },
      ),
    );
    expect(inputs.portfolio.invoices[0]?.instalments.map((part) => part.amount.toFixed(2))).toEqual([
      '4.00',
      '6.00',
    ]);
    expect(
      await problemsOf(
        instalments(
          { number: 1, dueDate: '2026-04-01', amount: 4 },
          { invoiceId: 'INV-1', number: '2', dueDate: '2026-05-01', amount: 6 },
          7,
        ),
      ),
    ).toMatchObject([
      {
        file: 'data/instalments.json',
        row: 1,
        column: 'invoiceId',
        reason: 'the invoiceId is missing: every record names its invoice',
      },
      {
        file: 'data/instalments.json',
        row: 2,
        column: 'number',
        value: '2',
        reason: '"2" is not an instalment number: instalments are numbered 1, 2, 3, ...',
      },
      { file: 'data/instalments.json', row: 3, reason: '7 is not a record' },
    ]);
  });

  it('refuses instalment rows for an invoice whose JSON record lists its own', async () => {
    const files = {
      ...minimal,
      'data/invoices.json': JSON.stringify([
        {
          id: 'INV-1',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2026-03-01',
          amount: 10,
          instalments: [{ dueDate: '2026-04-01', amount: 10 }],
        },
      ]),
      'data/instalments.csv': csv('invoiceId,dueDate,amount', 'INV-1,2026-04-01,10.00'),
    };
    delete (files as Record<string, string>)['data/invoices.csv'];
    expect(await problemsOf(files)).toMatchObject([
      {
        file: 'data/instalments.csv',
        row: 2,
        column: 'invoiceId',
        reason: 'invoice "INV-1" lists its own instalments in data/invoices.json row 1',
      },
    ]);
  });

  it('checks credit profiles: numbers, shares, counts, amounts, yes/no, a known customer; problems in column order', async () => {
    const files = {
      ...minimal,
      'data/credit-profiles.csv': csv(
        'customerId,currentRatio,onTimeRatio,signalCount,criticalSignals,courtDefaulter,netAssets,annualCreditSales,outlook',
        'C1,-1,95%,1.5,,maybe,"1,000",-3,good',
        'C1,,,,,,,,',
        'C9,,,,,,,,',
        'C1,,,2,3,,,,',
      ),
    };
    const problems = await problemsOf(files);
    expect(
      problems.map((problem) => `${problem.row} ${problem.column} ${problem.code}: ${problem.reason}`),
    ).toEqual([
      '2 currentRatio INVALID_RECORD: -1 is not a number, 0 or more',
      '2 outlook INVALID_RECORD: Invalid option: expected one of "favourable"|"neutral"|"adverse" (got "good")',
      '2 courtDefaulter INVALID_RECORD: "maybe" is not a yes or no: write true, false, yes, no, 1 or 0',
      '2 signalCount INVALID_RECORD: 1.5 is not a whole number, 0 or more',
      '2 onTimeRatio INVALID_RECORD: "95%" is not a number',
      '2 annualCreditSales INVALID_RECORD: -3 is negative: write 0 or more',
      '2 netAssets INVALID_AMOUNT: "1,000" is not a decimal number',
      '4 customerId INVALID_PORTFOLIO: customer "C9" is not among the customers read',
      '5 criticalSignals INVALID_RECORD: 3 critical signals are more than the 2 signals observed',
    ]);
  });

  it('reports a second credit profile of a customer', async () => {
    const files = {
      ...minimal,
      'data/credit-profiles.csv': csv('customerId,currentRatio', 'C1,1.2', 'C1,1.3'),
    };
    expect(await problemsOf(files)).toMatchObject([
      {
        row: 3,
        column: 'customerId',
        reason: 'customer "C1" already has a credit profile at data/credit-profiles.csv row 2',
      },
    ]);
  });

  it('checks history: kinds, reminder-policy channels (for actions only), dates, known customers and their invoices', async () => {
    const files = {
      ...minimal,
      'data/customers.csv': csv('id,name', 'C1,Hengda', 'C2,Acme'),
      'data/history.csv': csv(
        'kind,date,customerId,channel,invoiceIds',
        'action,2026-04-01,C1,,',
        'action,2026-04-01,C1,fax,',
        'acknowledgement,2026-04-31,C1,phone,',
        'call,2026-04-01,C1,phone,',
        'deliveredDemand,2026-04-01,C2,,INV-1',
        'deliveredDemand,2026-04-01,C1,,INV-1;INV-9',
        'action,2026-04-01,C7,email,',
      ),
    };
    const problems = await problemsOf(files);
    expect(problems.map((problem) => `${problem.row} ${problem.column} ${problem.code}`)).toEqual([
      '2 channel INVALID_HISTORY',
      '3 channel INVALID_HISTORY',
      '4 date INVALID_DATE',
      '4 channel INVALID_HISTORY',
      '5 kind INVALID_HISTORY',
      '6 invoiceIds INVALID_PORTFOLIO',
      '7 invoiceIds INVALID_PORTFOLIO',
      '8 customerId INVALID_PORTFOLIO',
    ]);
    expect(problems[0]?.reason).toBe('an action needs the channel it used');
    expect(problems[3]?.reason).toBe('an acknowledgement has no channel; only actions do');
    expect(problems[5]?.reason).toBe('invoice "INV-1" belongs to customer "C1", not "C2"');
    expect(problems[6]?.value).toBe('INV-9');
  });
});

describe('loadCliInputs: files and options', () => {
  it('says which folder or file does not exist (INPUT_NOT_FOUND)', async () => {
    const error = await failure({}, { data: 'missing' });
    expect(error.code).toBe('INPUT_NOT_FOUND');
    expect(error.message).toBe(
      'loadCliInputs: the --data folder "missing" does not exist or is not a folder',
    );
    const noInvoices = await failure({ 'data/customers.csv': csv('id,name') });
    expect(noInvoices.code).toBe('INPUT_NOT_FOUND');
    expect(noInvoices.message).toBe(
      'loadCliInputs: no invoices file: "data" holds neither invoices.csv nor invoices.json',
    );
    const noFile = await failure(minimal, { inputs: { payments: 'exports/payments.csv' } });
    expect(noFile.details.missing).toEqual([
      { file: 'exports/payments.csv', reason: 'the payments file "exports/payments.csv" does not exist' },
    ]);
    const noPortfolio = await failure({}, { data: undefined, portfolio: 'ledger.json' });
    expect(noPortfolio.code).toBe('INPUT_NOT_FOUND');
  });

  it('refuses a folder holding both the CSV and the JSON file of a kind', async () => {
    const problems = await problemsOf({
      ...minimal,
      'data/payments.csv': csv('id'),
      'data/payments.json': '[]',
    });
    expect(problems).toEqual([
      {
        file: 'data/payments.csv',
        code: 'INVALID_INPUT_FILE',
        reason: '"data" holds both payments.csv and payments.json: keep one of them',
      },
    ]);
  });

  it('refuses options that name no input, unknown kinds or fields, or two sources for the ledger (INVALID_OPTION)', async () => {
    const codeOf = async (options: Options) => (await failure(minimal, options)).code;
    expect(await codeOf({ data: undefined })).toBe('INVALID_OPTION');
    expect(await codeOf({ inputs: { invoice: 'data/invoices.csv' } })).toBe('INVALID_OPTION');
    expect(await codeOf({ columnMap: { invoices: { amout: 'Betrag' } } })).toBe('INVALID_OPTION');
    expect(await codeOf({ columnMap: { invoices: { amount: 'id' } } })).toBe('INVALID_OPTION');
    expect(await codeOf({ portfolio: 'ledger.json' })).toBe('INVALID_OPTION');
    const error = await failure(minimal, {
      columnMap: { invoices: { amout: 'Betrag', reference: 'Ref' }, kunden: {} },
    });
    expect(error.message).toBe(
      'loadCliInputs: --map invoices.amout: invoices have no field "amout" (id, customerId, currency, issueDate, dueDate, amount, reference); "kunden" is not an input kind (customers, invoices, instalments, payments, payment-applications, credit-notes, credit-note-applications, disputes, promises, credit-profiles, history)',
    );
  });
});

describe('loadCliInputs: --skip-invalid', () => {
  const replaced = (file: string, from: string, to: string) => {
    const content = ledgerCsv[file] ?? '';
    expect(content).toContain(from);
    return { ...ledgerCsv, [file]: content.replace(from, to) };
  };
  const where = (problem: InputProblem) =>
    `${problem.file}:${problem.row} ${problem.column ?? ''} ${problem.code}`;

  it('leaves out an invalid customer and everything that depends on it, each with its reason', async () => {
    const files = replaced('data/customers.csv', '2020-03-01', '2020-02-30');
    const inputs = await load(files, { skipInvalid: true });
    expect(inputs.skipped.map(where)).toEqual([
      'data/customers.csv:2 onboardedOn INVALID_DATE',
      'data/invoices.csv:2 customerId INVALID_PORTFOLIO',
      'data/instalments.csv:2 invoiceId INVALID_PORTFOLIO',
      'data/instalments.csv:3 invoiceId INVALID_PORTFOLIO',
      'data/instalments.csv:4 invoiceId INVALID_PORTFOLIO',
      'data/payments.csv:2 customerId INVALID_PORTFOLIO',
      'data/payment-applications.csv:2 paymentId INVALID_PORTFOLIO',
      'data/payment-applications.csv:3 paymentId INVALID_PORTFOLIO',
      'data/disputes.csv:2 customerId INVALID_PORTFOLIO',
      'data/promises.csv:2 customerId INVALID_PORTFOLIO',
      'data/credit-profiles.csv:2 customerId INVALID_PORTFOLIO',
      'data/history.csv:2 customerId INVALID_PORTFOLIO',
      'data/history.csv:3 customerId INVALID_PORTFOLIO',
    ]);
    expect(inputs.skipped[1]).toEqual({
      file: 'data/invoices.csv',
      row: 2,
      column: 'customerId',
      value: 'C1',
      code: 'INVALID_PORTFOLIO',
      reason: 'left out because customer "C1" (data/customers.csv row 2) was left out',
    });
    expect(inputs.skipped[6]?.reason).toBe(
      'left out because payment "P1" (data/payments.csv row 2) was left out',
    );
    const { portfolio } = inputs;
    expect(portfolio.customers.map((customer) => customer.id)).toEqual(['C2']);
    expect(portfolio.invoices.map((invoice) => invoice.id)).toEqual(['INV-2']);
    expect(portfolio.payments.map((payment) => payment.id)).toEqual(['P2']);
    expect(portfolio.creditNotes[0]?.applications.length).toBe(1);
    expect(portfolio.disputes).toEqual([]);
    expect(portfolio.promises.map((promise) => promise.id)).toEqual(['PTP2']);
    expect(inputs.creditProfiles.size).toBe(0);
    expect(inputs.history).toEqual({
      actions: [],
      acknowledgements: [],
      deliveredDemands: [{ date: '2026-04-03', customerId: 'C2' }],
    });
  });

  it('leaves out the invoice of an invalid instalment, its other instalments and what refers to it, but keeps the payment', async () => {
    const files = replaced(
      'data/instalments.csv',
      'INV-1,1,2026-01-15,30000.00',
      'INV-1,1,2026-01-15,3OOOO.OO',
    );
    const inputs = await load(files, { skipInvalid: true });
    expect(inputs.skipped.map(where)).toEqual([
      'data/invoices.csv:2  INVALID_PORTFOLIO',
      'data/instalments.csv:2 invoiceId INVALID_PORTFOLIO',
      'data/instalments.csv:3 amount INVALID_AMOUNT',
      'data/instalments.csv:4 invoiceId INVALID_PORTFOLIO',
      'data/payment-applications.csv:2 invoiceId INVALID_PORTFOLIO',
      'data/payment-applications.csv:3 invoiceId INVALID_PORTFOLIO',
      'data/disputes.csv:2 invoiceId INVALID_PORTFOLIO',
      'data/promises.csv:2 invoiceIds INVALID_PORTFOLIO',
      'data/history.csv:2 invoiceIds INVALID_PORTFOLIO',
      'data/history.csv:3 invoiceIds INVALID_PORTFOLIO',
    ]);
    expect(inputs.skipped[0]?.reason).toBe(
      'left out because its instalment at data/instalments.csv row 3 was left out',
    );
    expect(inputs.portfolio.payments.map((payment) => [payment.id, payment.applications.length])).toEqual([
      ['P1', 0],
      ['P2', 0],
    ]);
    expect(inputs.creditProfiles.has('C1')).toBe(true);
  });

  it('leaves out the applications of an invalid payment but keeps the invoice they applied to', async () => {
    const files = replaced('data/payments.csv', 'P1,C1,CNY,2026-01-20', 'P1,C1,CNY,2026-01-32');
    const inputs = await load(files, { skipInvalid: true });
    expect(inputs.skipped.map(where)).toEqual([
      'data/payments.csv:2 date INVALID_DATE',
      'data/payment-applications.csv:2 paymentId INVALID_PORTFOLIO',
      'data/payment-applications.csv:3 paymentId INVALID_PORTFOLIO',
    ]);
    expect(inputs.portfolio.invoices.map((invoice) => invoice.id)).toEqual(['INV-1', 'INV-2']);
  });

  it('leaves out a bad application nested in a JSON payment, not the payment', async () => {
    const payments = JSON.parse(ledgerJson['data/payments.json'] ?? '[]') as {
      applications?: { amount: string }[];
    }[];
    const first = payments[0]?.applications?.[1];
    if (first !== undefined) first.amount = '-5000.00';
    const inputs = await load(
      { ...ledgerJson, 'data/payments.json': JSON.stringify(payments) },
      { skipInvalid: true },
    );
    expect(inputs.skipped).toEqual([
      {
        file: 'data/payments.json',
        row: 1,
        column: 'applications[1].amount',
        value: '-5000.00',
        code: 'INVALID_RECORD',
        reason: '-5000 is not a positive amount',
      },
    ]);
    expect(
      inputs.portfolio.payments[0]?.applications.map((application) => application.amount.toFixed(2)),
    ).toEqual(['30000.00']);
  });

  it('leaves out what core refuses across records (an over-applied invoice), then accepts the rest', async () => {
    const files = replaced('data/payment-applications.csv', 'P1,INV-1,,5000.00', 'P1,INV-1,1,5000.00');
    const inputs = await load(files, { skipInvalid: true });
    expect(inputs.skipped).toEqual([
      {
        file: 'data/payment-applications.csv',
        row: 3,
        column: 'amount',
        value: '5000.00',
        code: 'INVALID_RECORD',
        reason:
          'payments and credit notes apply 35000.00 to instalment 1 of invoice "INV-1", more than its amount 30000.00',
      },
    ]);
    expect(inputs.portfolio.payments[0]?.applications.length).toBe(1);
  });

  it('without --skip-invalid lists only what is wrong, not what would be left out with it', async () => {
    const files = replaced('data/customers.csv', '2020-03-01', '2020-02-30');
    expect((await problemsOf(files)).map(where)).toEqual(['data/customers.csv:2 onboardedOn INVALID_DATE']);
  });

  it('still fails on what cannot be skipped: a malformed file', async () => {
    const files = { ...ledgerCsv, 'data/disputes.csv': csv('id,customerId', '"D1,C1') };
    const error = await failure(files, { skipInvalid: true });
    expect(error.code).toBe('INVALID_INPUT_FILE');
    expect((error.details.problems as InputProblem[]).map((problem) => problem.file)).toEqual([
      'data/disputes.csv',
    ]);
  });
});

describe('properties', () => {
  const generated = fc
    .record({
      seed: fc.integer({ min: 0, max: 1_000_000 }),
      customers: fc.integer({ min: 1, max: 6 }),
      invoices: fc.integer({ min: 0, max: 25 }),
    })
    .map((options) => generatePortfolioInput(options));
  const BAD: Readonly<Record<string, string>> = { amount: '12,5', date: '2026-02-30', currency: 'cny' };
  const CASCADE = /^left out because /;

  it('round trip: a portfolio written as CSV files and read back equals the same portfolio parsed by core', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async (input) => {
        const inputs = await load(portfolioCsvFiles(input));
        expect(serializePortfolio(inputs.portfolio)).toEqual(serializePortfolio(parsePortfolio(input)));
      }),
      { numRuns: 30 },
    );
  });

  it('round trip: the same portfolio as JSON files, or as one --portfolio file, reads back the same', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async (input) => {
        const expected = serializePortfolio(parsePortfolio(input));
        const files = {
          'data/customers.json': JSON.stringify(input.customers ?? []),
          'data/invoices.json': JSON.stringify(input.invoices ?? []),
          'data/payments.json': JSON.stringify(input.payments ?? []),
          'data/credit-notes.json': JSON.stringify(input.creditNotes ?? []),
          'data/disputes.json': JSON.stringify(input.disputes ?? []),
          'data/promises.json': JSON.stringify(input.promises ?? []),
        };
        expect(serializePortfolio((await load(files)).portfolio)).toEqual(expected);
        const whole = await load(
          { 'ledger.json': JSON.stringify(input) },
          { data: undefined, portfolio: 'ledger.json' },
        );
        expect(serializePortfolio(whole.portfolio)).toEqual(expected);
      }),
      { numRuns: 20 },
    );
  });

  it('skip-invalid: corrupting cells gives a portfolio core accepts, a problem for every corrupted row, and drops nothing valid', async () => {
    const corruptions = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(generated, corruptions, async (input, picks) => {
        const tables = portfolioCsvTables(input);
        const cells = Object.entries(tables).flatMap(([kind, table]) =>
          table.columns.flatMap((column, columnIndex) => {
            const type =
              inputColumns[kind as InputKind].find((spec) => spec.field === column)?.type ?? 'text';
            if (!Object.hasOwn(BAD, type)) return [];
            return table.rows.map((_, rowIndex) => ({ kind, rowIndex, columnIndex, type }));
          }),
        );
        fc.pre(cells.length > 0);
        const corrupted = new Set<string>();
        for (const [pick] of picks) {
          const cell = cells[pick % cells.length];
          const row = cell === undefined ? undefined : tables[cell.kind]?.rows[cell.rowIndex];
          if (cell === undefined || row === undefined) continue;
          row[cell.columnIndex] = BAD[cell.type] ?? '';
          corrupted.add(`data/${cell.kind}.csv:${cell.rowIndex + 2}`);
        }
        const files = Object.fromEntries(
          Object.entries(tables).map(([kind, table]) => [`data/${kind}.csv`, csvText(table)]),
        );
        const inputs = await load(files, { skipInvalid: true });

        // A portfolio core accepts as it is.
        const kept = serializePortfolio(inputs.portfolio);
        expect(serializePortfolio(parsePortfolio(kept))).toEqual(kept);
        // Every corrupted row is reported with a problem of its own; every other skipped row depended on one.
        const byRow = new Map<string, InputProblem[]>();
        for (const problem of inputs.skipped) {
          const key = `${problem.file}:${problem.row}`;
          byRow.set(key, [...(byRow.get(key) ?? []), problem]);
        }
        for (const key of corrupted) {
          expect(
            byRow.get(key)?.some((problem) => !CASCADE.test(problem.reason)),
            key,
          ).toBe(true);
        }
        for (const [key, problems] of byRow) {
          if (!corrupted.has(key))
            expect(
              problems.every((problem) => CASCADE.test(problem.reason)),
              key,
            ).toBe(true);
        }
        // Nothing valid dropped: every row not skipped is in the portfolio, as it was written.
        const original = serializePortfolio(parsePortfolio(input));
        const keptRows = (kind: string) =>
          (tables[kind]?.rows ?? []).filter((_, index) => !byRow.has(`data/${kind}.csv:${index + 2}`));
        const ids = (kind: string) => keptRows(kind).map((row) => row[0]);
        expect(kept.customers?.map((customer) => customer.id)).toEqual(ids('customers'));
        expect(kept.invoices?.map((invoice) => invoice.id)).toEqual(ids('invoices'));
        expect(kept.payments?.map((payment) => payment.id)).toEqual(ids('payments'));
        expect(kept.creditNotes?.map((note) => note.id)).toEqual(ids('credit-notes'));
        expect(kept.disputes?.map((dispute) => dispute.id)).toEqual(ids('disputes'));
        expect(kept.promises?.map((promise) => promise.id)).toEqual(ids('promises'));
        const originalById = new Map(
          [
            ...(original.customers ?? []),
            ...(original.invoices ?? []),
            ...(original.disputes ?? []),
            ...(original.promises ?? []),
          ].map((record) => [record.id, record]),
        );
        for (const record of [
          ...(kept.customers ?? []),
          ...(kept.invoices ?? []),
          ...(kept.disputes ?? []),
          ...(kept.promises ?? []),
        ]) {
          expect(record).toEqual(originalById.get(record.id));
        }
        const applicationsOf = (kind: string, owner: string) =>
          keptRows(kind)
            .filter((row) => row[0] === owner)
            .map((row) => ({
              invoiceId: row[1],
              ...(row[2] === '' ? {} : { instalment: Number(row[2]) }),
              amount: row[3],
            }));
        for (const payment of kept.payments ?? []) {
          const { applications, ...rest } = payment;
          const { applications: _, ...originalRest } = original.payments?.find(
            (other) => other.id === payment.id,
          ) ?? { applications: [] };
          expect(rest).toEqual(originalRest);
          expect(applications).toEqual(applicationsOf('payment-applications', payment.id));
        }
        for (const note of kept.creditNotes ?? []) {
          expect(note.applications).toEqual(applicationsOf('credit-note-applications', note.id));
        }
        expect(keptRows('instalments').length).toBe(
          (kept.invoices ?? []).reduce((sum, invoice) => sum + (invoice.instalments?.length ?? 0), 0),
        );
      }),
      { numRuns: 40 },
    );
  });
});
