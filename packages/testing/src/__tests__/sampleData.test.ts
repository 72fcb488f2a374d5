import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  currencyMinorUnits,
  isIsoDate,
  type Portfolio,
  parsePortfolio,
  serializePortfolio,
} from '@receivables/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSampleData, sampleDataOptions } from '../../../../examples/data/generate.ts';
// The command's own loader and credit assessment: @receivables/testing cannot depend on the CLI (the
// CLI depends on it), so they are imported by path.
import { assessCustomers } from '../../../cli/src/analysis/assessCustomers.ts';
import type { CliInputs } from '../../../cli/src/input/CliInputs.ts';
import { loadCliInputs } from '../../../cli/src/input/loadCliInputs.ts';
import type { CliOptions } from '../../../cli/src/program/CliOptions.ts';
import { generatePortfolioInput } from '../index.ts';

// The bundled sample data (examples/data/*.csv) is the output of examples/data/generate.ts: these tests
// regenerate it in memory, so the committed files never drift from their script, and read the files
// with the CLI's loader to prove they are valid input for `receivables --data examples/data`.

const dataDir = new URL('../../../../examples/data/', import.meta.url);
const regenerate = 'npx tsx --conditions=@receivables/source examples/data/generate.ts';
const generated = generateSampleData();

type Row = Readonly<Record<string, string>>;

/** Reads a CSV text as written by generate.ts (no quoted line breaks) into records by header. */
function readCsv(text: string): Row[] {
  const [header = [], ...rows] = text
    .trimEnd()
    .split('\n')
    .map((line) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((match) => unquote(match[1] ?? '')),
    );
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
}

function unquote(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
}

function readFile(name: string): Row[] {
  return readCsv(readFileSync(new URL(name, dataDir), 'utf8'));
}

/** The cell, or undefined when it is empty (the contract: an empty cell means absent). */
function cell(row: Row, column: string): string | undefined {
  const value = row[column];
  return value === undefined || value === '' ? undefined : value;
}

// The files are read exactly as `receivables --data examples/data` reads them.
const options: CliOptions = {
  asOf: sampleDataOptions.asOf,
  locale: 'en',
  format: 'table',
  rates: {},
  inputs: {},
  columnMap: {},
  skipInvalid: false,
  data: fileURLToPath(dataDir),
};
let inputs: CliInputs;
let portfolio: Portfolio;
let customerIds: ReadonlySet<string>;
let invoiceCustomers: ReadonlyMap<string, string>;
const profiles = readFile('credit-profiles.csv');
const history = readFile('history.csv');

beforeAll(async () => {
  inputs = await loadCliInputs(options, { cwd: process.cwd() });
  portfolio = inputs.portfolio;
  customerIds = new Set(portfolio.customers.map((customer) => customer.id));
  invoiceCustomers = new Map(portfolio.invoices.map((invoice) => [invoice.id, invoice.customerId]));
}, 60_000);

describe('the bundled sample data (examples/data)', () => {
  it.each(generated.map((file) => file.name))('%s is what generate.ts writes', (name) => {
    const committed = readFileSync(new URL(name, dataDir), 'utf8');
    const expected = generated.find((file) => file.name === name)?.text;
    expect(committed === expected, `examples/data/${name} differs from its script; run: ${regenerate}`).toBe(
      true,
    );
  });

  it('has no CSV file that the script does not write', () => {
    const written = generated.map((file) => file.name).sort();
    const present = readdirSync(dataDir)
      .filter((name) => name.endsWith('.csv'))
      .sort();
    expect(present, `remove stale files or run: ${regenerate}`).toEqual(written);
  });

  it('holds the ledger of the seeded generator, record for record', () => {
    const expected = serializePortfolio(parsePortfolio(generatePortfolioInput(sampleDataOptions)));
    const actual = serializePortfolio(portfolio);
    const withoutReference = <T extends { readonly reference?: string | undefined }>({
      reference: _,
      ...rest
    }: T) => rest;
    expect(actual.invoices?.map(withoutReference)).toEqual(expected.invoices);
    expect(actual.payments?.map(withoutReference)).toEqual(expected.payments);
    expect(actual.creditNotes).toEqual(expected.creditNotes);
    expect(actual.disputes).toEqual(expected.disputes);
    expect(actual.promises).toEqual(expected.promises);
    expect(actual.customers?.map((customer) => customer.id)).toEqual(
      expected.customers?.map((customer) => customer.id),
    );
  });

  it('has the row counts its README states', () => {
    const readme = readFileSync(new URL('README.md', dataDir), 'utf8');
    const stated = [...readme.matchAll(/^\| ((?:`[^`]+\.csv`(?:, )?)+) \| (\d+) \|/gm)].flatMap((match) =>
      [...(match[1] ?? '').matchAll(/`([^`]+)`/g)].map((name) => [name[1] ?? '', Number(match[2])] as const),
    );
    expect(stated.length).toBeGreaterThanOrEqual(generated.length);
    for (const [name, rows] of stated)
      expect(generated.find((file) => file.name === name)?.text.split('\n').length, name).toBe(rows + 2);
  });

  it('has the sizes, currencies and records the examples rely on', () => {
    expect(portfolio.customers).toHaveLength(50);
    expect(portfolio.invoices).toHaveLength(500);
    const usdCustomers = new Set(
      portfolio.invoices.filter((invoice) => invoice.currency === 'USD').map((invoice) => invoice.customerId),
    );
    expect(usdCustomers.size).toBeGreaterThanOrEqual(2);
    expect(portfolio.invoices.some((invoice) => invoice.instalments.length === 3)).toBe(true);
    expect(portfolio.creditNotes.length).toBeGreaterThan(0);
    expect(portfolio.disputes.some((dispute) => dispute.resolvedOn !== undefined)).toBe(true);
    expect(portfolio.disputes.some((dispute) => dispute.resolvedOn === undefined)).toBe(true);
    expect(new Set(portfolio.promises.map((promise) => promise.status))).toEqual(
      new Set(['kept', 'broken', 'open']),
    );
    const names = portfolio.customers.map((customer) => customer.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives most, not all, customers a credit profile, with the cases the docs name', () => {
    expect(inputs.creditProfiles.size).toBe(profiles.length);
    expect(profiles.length).toBeGreaterThan(portfolio.customers.length * 0.8);
    expect(profiles.length).toBeLessThan(portfolio.customers.length);
    expect(profiles.some((row) => row.courtDefaulter === 'true')).toBe(true);
    expect(profiles.some((row) => Number(row.criticalSignals) > 0)).toBe(true);
    const thinFile = profiles.find((row) => Number(row.companyAgeYears) < 2);
    expect(thinFile).toBeDefined();
    expect(portfolio.invoices.some((invoice) => invoice.customerId === thinFile?.customerId)).toBe(false);
  });

  it('has reminder actions already taken, an acknowledgement and a delivered demand', () => {
    expect(inputs.history.actions?.length).toBeGreaterThan(20);
    expect(inputs.history.acknowledgements?.length).toBeGreaterThan(0);
    expect(inputs.history.deliveredDemands?.length).toBeGreaterThan(0);
    expect(history).toHaveLength(
      (inputs.history.actions?.length ?? 0) +
        (inputs.history.acknowledgements?.length ?? 0) +
        (inputs.history.deliveredDemands?.length ?? 0),
    );
  });

  it('spreads the grades of the profiled customers from AAA to D, with the overrides the README names', () => {
    const assessed = assessCustomers(inputs, { asOf: sampleDataOptions.asOf });
    const grades = new Map(assessed.map((customer) => [customer.customerId, customer.grade?.id]));
    const profiled = new Set(
      assessed.filter((customer) => customer.hasProfile).map((customer) => grades.get(customer.customerId)),
    );
    expect([...profiled].sort()).toEqual(['A', 'AA', 'AAA', 'B', 'C', 'D']);
    expect(grades.get('C0035')).toBe('D');
    expect(grades.get('C0036')).toBe('C');
    expect(grades.get('C0009')).toBe('C');
    expect(grades.get('C0041')).toBe('AAA');
  });
});

describe('properties', () => {
  const amountPattern = /^-?\d+\.\d{2}$/;

  it('keeps amounts exact: every amount is a plain decimal with the currency’s minor units', () => {
    const amounts = [
      ...portfolio.invoices.map((invoice) => [invoice.amount, invoice.currency] as const),
      ...portfolio.payments.map((payment) => [payment.amount, payment.currency] as const),
    ];
    for (const [value, currency] of amounts)
      expect(value.decimalPlaces()).toBeLessThanOrEqual(currencyMinorUnits(currency));
    for (const name of [
      'invoices.csv',
      'instalments.csv',
      'payments.csv',
      'payment-applications.csv',
      'credit-notes.csv',
      'disputes.csv',
      'promises.csv',
    ]) {
      for (const row of readFile(name)) expect(row.amount, `${name}: ${row.amount}`).toMatch(amountPattern);
    }
    for (const row of profiles)
      for (const column of [
        'annualCreditSales',
        'netAssets',
        'averageMonthlyReceipts',
        'workingCapital',
        'unshippedOrders',
      ]) {
        const value = cell(row, column);
        if (value !== undefined) expect(value, `${row.customerId} ${column}`).toMatch(amountPattern);
      }
  });

  it('writes dates as ISO days, none after the sample date', () => {
    const dates = [
      ...portfolio.invoices.map((invoice) => invoice.issueDate),
      ...portfolio.payments.map((payment) => payment.date),
      ...portfolio.creditNotes.map((note) => note.date),
      ...portfolio.disputes.flatMap((dispute) => [dispute.openedOn, dispute.resolvedOn ?? dispute.openedOn]),
      ...portfolio.promises.map((promise) => promise.madeOn),
      ...history.map((row) => row.date ?? ''),
    ];
    for (const date of dates) {
      expect(isIsoDate(date), date).toBe(true);
      expect(date <= sampleDataOptions.asOf, date).toBe(true);
    }
  });

  it('resolves every reference: profiles and history name existing customers and their own invoices', () => {
    for (const row of profiles) expect(customerIds.has(row.customerId ?? ''), row.customerId).toBe(true);
    const channels = new Set([
      'phone',
      'messaging',
      'email',
      'letter',
      'visit',
      'lawyerLetter',
      'legalFiling',
    ]);
    for (const row of history) {
      expect(customerIds.has(row.customerId ?? ''), row.customerId).toBe(true);
      if (row.kind === 'action') expect(channels.has(row.channel ?? ''), row.channel).toBe(true);
      for (const invoiceId of cell(row, 'invoiceIds')?.split(';') ?? [])
        expect(invoiceCustomers.get(invoiceId), `${row.date} ${invoiceId}`).toBe(row.customerId);
    }
  });

  it('is deterministic: the same bytes on every run and in any time zone', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(generateSampleData()).toEqual(generated);
      process.env.TZ = 'America/Los_Angeles';
      expect(generateSampleData()).toEqual(generated);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
