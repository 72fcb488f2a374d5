import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ApplicationInput, PortfolioInput } from '@receivables/core';
import { stringify } from 'csv-stringify/sync';
import type { CliOptions } from '../../program/CliOptions.ts';

/** Changes to the default options; `undefined` removes an option (`data: undefined`: no `--data`). */
export type OptionChanges = { readonly [Key in keyof CliOptions]?: CliOptions[Key] | undefined };

/** Options as the program would pass them, reading `data` unless told otherwise. */
export function cliOptions(changes: OptionChanges = {}): CliOptions {
  const options: Record<string, unknown> = {
    asOf: '2026-06-30',
    locale: 'en',
    format: 'table',
    rates: {},
    inputs: {},
    columnMap: {},
    skipInvalid: false,
    data: 'data',
  };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete options[key];
    else options[key] = value;
  }
  return options as unknown as CliOptions;
}

/**
 * Writes `files` (path relative to a fresh folder under the system's temporary folder → content) and
 * runs `use` with that folder, removing it afterwards whatever happens.
 */
export async function withFiles<T>(
  files: Readonly<Record<string, string>>,
  use: (cwd: string) => Promise<T>,
): Promise<T> {
  const cwd = mkdtempSync(join(tmpdir(), 'receivables-cli-input-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(cwd, path)), { recursive: true });
      writeFileSync(join(cwd, path), content);
    }
    return await use(cwd);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

/** A CSV table: its header and its data rows, cells as text. */
export interface CsvTableFixture {
  readonly columns: readonly string[];
  readonly rows: string[][];
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/**
 * Writes a portfolio input as the CSV tables of the input contract: customers with a `tag.<key>` column
 * per tag key, invoices with their instalments (numbered) in instalments, payments and credit notes
 * with their applications in their own files, promises' invoice ids joined by `;`.
 */
export function portfolioCsvTables(input: PortfolioInput): Record<string, CsvTableFixture> {
  const tagKeys = [
    ...new Set((input.customers ?? []).flatMap((customer) => Object.keys(customer.tags ?? {}))),
  ];
  const applications = (
    list: readonly { id: string; applications?: readonly ApplicationInput[] | undefined }[],
  ) =>
    list.flatMap((record) =>
      (record.applications ?? []).map((application) => [
        record.id,
        application.invoiceId,
        text(application.instalment),
        text(application.amount),
      ]),
    );
  return {
    customers: {
      columns: ['id', 'name', 'group', 'onboardedOn', ...tagKeys.map((key) => `tag.${key}`)],
      rows: (input.customers ?? []).map((customer) => [
        customer.id,
        customer.name,
        text(customer.group),
        text(customer.onboardedOn),
        ...tagKeys.map((key) => text(customer.tags?.[key])),
      ]),
    },
    invoices: {
      columns: ['id', 'customerId', 'currency', 'issueDate', 'dueDate', 'amount', 'reference'],
      rows: (input.invoices ?? []).map((invoice) => [
        invoice.id,
        invoice.customerId,
        invoice.currency,
        invoice.issueDate,
        text(invoice.dueDate),
        text(invoice.amount),
        text(invoice.reference),
      ]),
    },
    instalments: {
      columns: ['invoiceId', 'number', 'dueDate', 'amount', 'role'],
      rows: (input.invoices ?? []).flatMap((invoice) =>
        (invoice.instalments ?? []).map((instalment, index) => [
          invoice.id,
          String(index + 1),
          instalment.dueDate,
          text(instalment.amount),
          text(instalment.role),
        ]),
      ),
    },
    payments: {
      columns: ['id', 'customerId', 'currency', 'date', 'amount', 'reference'],
      rows: (input.payments ?? []).map((payment) => [
        payment.id,
        payment.customerId,
        payment.currency,
        payment.date,
        text(payment.amount),
        text(payment.reference),
      ]),
    },
    'payment-applications': {
      columns: ['paymentId', 'invoiceId', 'instalment', 'amount'],
      rows: applications(input.payments ?? []),
    },
    'credit-notes': {
      columns: ['id', 'customerId', 'currency', 'date', 'amount', 'reason'],
      rows: (input.creditNotes ?? []).map((note) => [
        note.id,
        note.customerId,
        note.currency,
        note.date,
        text(note.amount),
        text(note.reason),
      ]),
    },
    'credit-note-applications': {
      columns: ['creditNoteId', 'invoiceId', 'instalment', 'amount'],
      rows: applications(input.creditNotes ?? []),
    },
    disputes: {
      columns: ['id', 'customerId', 'invoiceId', 'instalment', 'openedOn', 'resolvedOn', 'amount', 'reason'],
      rows: (input.disputes ?? []).map((dispute) => [
        dispute.id,
        dispute.customerId,
        dispute.invoiceId,
        text(dispute.instalment),
        dispute.openedOn,
        text(dispute.resolvedOn),
        text(dispute.amount),
        text(dispute.reason),
      ]),
    },
    promises: {
      columns: ['id', 'customerId', 'invoiceIds', 'madeOn', 'promisedDate', 'amount', 'currency', 'status'],
      rows: (input.promises ?? []).map((promise) => [
        promise.id,
        promise.customerId,
        (promise.invoiceIds ?? []).join(';'),
        promise.madeOn,
        promise.promisedDate,
        text(promise.amount),
        promise.currency,
        text(promise.status),
      ]),
    },
  };
}

/** A CSV table as file content: header, rows, RFC 4180 quoting where needed. */
export function csvText(table: CsvTableFixture): string {
  return stringify([table.columns as string[], ...table.rows]);
}

/** The CSV files of a portfolio input, under `folder`. */
export function portfolioCsvFiles(input: PortfolioInput, folder = 'data'): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [kind, table] of Object.entries(portfolioCsvTables(input)))
    files[`${folder}/${kind}.csv`] = csvText(table);
  return files;
}

/** Lines of CSV text joined by newlines, ending with one. */
export function csv(...lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}
