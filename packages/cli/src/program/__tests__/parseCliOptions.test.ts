import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isReceivablesError, type ReceivablesError } from '@receivables/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCliOptions } from '../parseCliOptions.ts';
import type { RawCliOptions } from '../RawCliOptions.ts';

const folder = mkdtempSync(join(tmpdir(), 'receivables-options-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const context = { cwd: folder, today: '2026-06-30', command: 'receivables kpis' } as const;

function failure(raw: RawCliOptions): ReceivablesError {
  try {
    parseCliOptions(raw, context);
  } catch (error) {
    if (isReceivablesError(error)) return error;
    throw error;
  }
  throw new Error('expected parseCliOptions to fail');
}

describe('parseCliOptions', () => {
  it('fills in the defaults', () => {
    expect(parseCliOptions({}, context)).toEqual({
      asOf: '2026-06-30',
      locale: 'en',
      format: 'table',
      rates: {},
      inputs: {},
      columnMap: {},
      skipInvalid: false,
    });
  });

  it('keeps every given value', () => {
    const options = parseCliOptions(
      {
        asOf: '2028-02-29',
        locale: 'zh-CN',
        format: 'csv',
        out: 'reports/kpis.csv',
        currency: 'CNY',
        rates: 'USD=7.1234, EUR=7.80',
        data: 'examples/data',
        input: ['invoices=exports/inv.csv', 'payments=exports/pay.json'],
        map: ['invoices.amount=Betrag', 'customers.tag.region=Region'],
        skipInvalid: true,
        policy: 'policy.json',
        scorecard: 'scorecard.json',
        catalog: 'catalog.json',
      },
      context,
    );
    expect(options).toEqual({
      asOf: '2028-02-29',
      locale: 'zh-CN',
      format: 'csv',
      out: 'reports/kpis.csv',
      reportingCurrency: 'CNY',
      rates: { USD: '7.1234', EUR: '7.80' },
      data: 'examples/data',
      inputs: { invoices: 'exports/inv.csv', payments: 'exports/pay.json' },
      columnMap: { invoices: { amount: 'Betrag' }, customers: { 'tag.region': 'Region' } },
      skipInvalid: true,
      policy: 'policy.json',
      scorecard: 'scorecard.json',
      catalog: 'catalog.json',
    });
  });

  it.each([
    [
      { asOf: '2026-02-30' },
      '--as-of',
      'receivables kpis: --as-of "2026-02-30" is not a date: February 2026 has 28 days',
    ],
    [
      { asOf: '30/06/2026' },
      '--as-of',
      'receivables kpis: --as-of "30/06/2026" is not a date in the form YYYY-MM-DD',
    ],
    [{ locale: 'fr' }, '--locale', 'receivables kpis: --locale "fr" is not one of en, zh-CN'],
    [{ format: 'xlsx' }, '--format', 'receivables kpis: --format "xlsx" is not one of table, json, csv, md'],
    [
      { currency: 'cny' },
      '--currency',
      'receivables kpis: --currency "cny" is not an ISO 4217 code: write it in upper case (CNY)',
    ],
    [
      { rates: 'USD' },
      '--rates',
      'receivables kpis: --rates "USD" is neither pairs such as USD=7.1234,EUR=7.8 nor the path of a .json file',
    ],
    [
      { rates: 'USD=7,1' },
      '--rates',
      'receivables kpis: --rates "USD=7,1" has an entry "1" that is not CODE=rate',
    ],
    [
      { rates: 'USD=abc' },
      '--rates',
      'receivables kpis: --rates "USD=abc" gives USD the rate "abc", which is not a plain decimal number such as 7.1234',
    ],
    [
      { rates: 'USD=0.00' },
      '--rates',
      'receivables kpis: --rates "USD=0.00" gives USD the rate 0.00; a rate must be greater than zero',
    ],
    [{ rates: 'USD=-7' }, '--rates', 'which is not a plain decimal number'],
    [{ rates: 'USD=1e3' }, '--rates', 'which is not a plain decimal number'],
    [{ rates: 'usd=7' }, '--rates', 'names currency "usd": write it in upper case (USD)'],
    [{ rates: 'XYZ=7' }, '--rates', 'names "XYZ", which is not an ISO 4217 currency code'],
    [{ rates: 'USD=7,USD=8' }, '--rates', 'gives USD twice'],
    [
      { currency: 'CNY', rates: 'CNY=2' },
      '--rates',
      'converts the reporting currency CNY into itself: its rate can only be 1',
    ],
    [{ input: ['invoices'] }, '--input', 'is not kind=file'],
    [
      { input: ['bills=b.csv'] },
      '--input',
      'names the input kind "bills"; the kinds are customers, invoices',
    ],
    [
      { input: ['invoices=a.csv', 'invoices=b.csv'] },
      '--input',
      'names a second file for invoices (the first is "a.csv")',
    ],
    [{ map: ['amount=Betrag'] }, '--map', 'names the input kind "amount"'],
    [{ map: ['invoices=Betrag'] }, '--map', 'names no field'],
    [{ map: ['invoices.amount='] }, '--map', 'maps invoices.amount to no column name'],
    [{ map: ['invoices.amount=A', 'invoices.amount=B'] }, '--map', 'but another --map maps it to "A"'],
    [
      { map: ['columns.txt'] },
      '--map',
      'is neither pairs such as invoices.amount=Betrag nor the path of a .json file',
    ],
    [{ out: '' }, '--out', 'is empty: give a path'],
  ] as const)('refuses %j with INVALID_OPTION naming %s', (raw, option, message) => {
    const error = failure(raw as RawCliOptions);
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.details.option).toBe(option);
    expect(error.message).toContain(message);
  });

  it('reports every bad option at once', () => {
    const error = failure({ asOf: 'today', locale: 'fr', format: 'pdf' });
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message.split('\n')).toEqual([
      'receivables kpis: 3 invalid options:',
      '  --as-of "today" is not a date in the form YYYY-MM-DD',
      '  --locale "fr" is not one of en, zh-CN',
      '  --format "pdf" is not one of table, json, csv, md',
    ]);
    expect(
      (error.details.invalidOptions as readonly { option: string }[]).map((entry) => entry.option),
    ).toEqual(['--as-of', '--locale', '--format']);
  });

  it('names parseCliOptions first when no command is given', () => {
    expect(() => parseCliOptions({ locale: 'de' }, { cwd: folder, today: '2026-06-30' })).toThrow(
      'parseCliOptions: --locale "de" is not one of en, zh-CN',
    );
  });

  it('reads rates and column maps from JSON files, relative to cwd', () => {
    writeFileSync(join(folder, 'rates.json'), '\uFEFF{ "USD": "7.1234", "EUR": 7.8 }');
    writeFileSync(join(folder, 'map.json'), '{ "invoices": { "amount": "Betrag", "dueDate": "Fällig" } }');
    const options = parseCliOptions(
      { rates: 'rates.json', map: ['map.json', 'payments.amount=Summe'] },
      context,
    );
    expect(options.rates).toEqual({ USD: '7.1234', EUR: '7.8' });
    expect(options.columnMap).toEqual({
      invoices: { amount: 'Betrag', dueDate: 'Fällig' },
      payments: { amount: 'Summe' },
    });
  });

  it('reports a missing rates file as INPUT_NOT_FOUND', () => {
    const error = failure({ rates: 'missing-rates.json' });
    expect(error.code).toBe('INPUT_NOT_FOUND');
    expect(error.message).toContain('receivables kpis: --rates file "missing-rates.json" does not exist');
  });

  it('reports malformed JSON and every bad entry of a file as INVALID_INPUT_FILE problems', () => {
    writeFileSync(join(folder, 'broken.json'), '{ "USD": ');
    const broken = failure({ rates: 'broken.json' });
    expect(broken.code).toBe('INVALID_INPUT_FILE');
    expect(broken.message).toContain('is not valid JSON');
    expect(broken.details.problems).toHaveLength(1);

    writeFileSync(join(folder, 'bad-rates.json'), '{ "USD": "-1", "eur": "7.8", "JPY": null, "GBP": "9.1" }');
    const bad = failure({ rates: 'bad-rates.json' });
    expect(bad.code).toBe('INVALID_INPUT_FILE');
    expect(bad.message).toBe('receivables kpis: --rates file "bad-rates.json" has 3 bad entries');
    expect((bad.details.problems as readonly { column: string }[]).map((problem) => problem.column)).toEqual([
      'USD',
      'eur',
      'JPY',
    ]);

    writeFileSync(
      join(folder, 'bad-map.json'),
      '{ "bills": { "amount": "A" }, "invoices": { "amount": 3 } }',
    );
    const map = failure({ map: ['bad-map.json'] });
    expect(map.code).toBe('INVALID_INPUT_FILE');
    expect((map.details.problems as readonly { column: string }[]).map((problem) => problem.column)).toEqual([
      'bills.amount',
      'invoices.amount',
    ]);
  });

  it('checks the values before it opens any file', () => {
    expect(failure({ rates: 'missing.json', locale: 'fr' }).code).toBe('INVALID_OPTION');
  });
});

const codes = fc.constantFrom('USD', 'EUR', 'JPY', 'GBP', 'HKD', 'KWD');
const rate = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? String(whole) : `${whole}.${fraction}`))
  .filter((text) => /[1-9]/.test(text));

describe('properties', () => {
  it('round-trips rates: CODE=rate pairs written out and parsed give the same record', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(codes, rate), { selector: ([code]) => code, minLength: 1 }),
        (pairs) => {
          const text = pairs.map(([code, value]) => `${code}=${value}`).join(',');
          expect(parseCliOptions({ rates: text }, context).rates).toEqual(Object.fromEntries(pairs));
        },
      ),
    );
  });

  it('never accepts a rate of zero, whatever its spelling', () => {
    fc.assert(
      fc.property(codes, fc.stringMatching(/^0{1,4}(\.0{1,4})?$/), (code, zero) => {
        expect(failure({ rates: `${code}=${zero}` }).code).toBe('INVALID_OPTION');
      }),
    );
  });

  it('fails only with a suite error: any text in any option is accepted or refused with a code', () => {
    const text = fc.string({ maxLength: 20 });
    fc.assert(
      fc.property(
        fc.record(
          {
            asOf: text,
            locale: text,
            format: text,
            currency: text,
            rates: text,
            input: fc.array(text),
            map: fc.array(text),
          },
          { requiredKeys: [] },
        ),
        (raw) => {
          try {
            parseCliOptions(raw, context);
          } catch (error) {
            expect(isReceivablesError(error)).toBe(true);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
    );
  });
});
