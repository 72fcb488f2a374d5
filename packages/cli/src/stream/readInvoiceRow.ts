import { isReceivablesError, parseInvoice, toMinorUnits } from '@receivables/core';
import type { InputProblem } from '../input/InputProblem.ts';
import { invoiceFromRow } from '../input/rows/invoiceFromRow.ts';
import type { CellReaders } from './createCellReaders.ts';
import { recordProblems } from './recordProblems.ts';
import { rowCellsOf, rowWidthProblem, type StreamFields } from './streamFields.ts';
import { streamRowProblem } from './streamRowProblem.ts';

/** An invoice row as stream aging needs it: one instalment, amounts in minor units. @internal */
export interface StreamInvoice {
  readonly id: string;
  readonly customerId: string;
  readonly currency: string;
  readonly issueDate: string;
  readonly dueDate: string;
  readonly amountMinor: number;
}

/** What {@link readInvoiceRow} made of a row. @internal */
export type InvoiceRowResult =
  | { readonly ok: true; readonly invoice: StreamInvoice }
  | { readonly ok: false; readonly id: string | undefined; readonly problems: readonly InputProblem[] };

/** The invoice file's layout and the cell readers. @internal */
export interface InvoiceRowContext {
  readonly file: string;
  readonly fields: StreamFields;
  readonly readers: CellReaders;
  /** Cell indexes of id, customerId, currency, issueDate, dueDate and amount (−1: no column). */
  readonly at: readonly [number, number, number, number, number, number];
}

/**
 * The cell indexes {@link readInvoiceRow} reads, from the file's fields.
 *
 * @param fields - The invoice file's fields.
 * @returns The positions in the order of `InvoiceRowContext.at`.
 * @internal
 */
export function invoiceCellIndexes(fields: StreamFields): InvoiceRowContext['at'] {
  const at = (field: string): number => fields.indexes.get(field) ?? -1;
  return [at('id'), at('customerId'), at('currency'), at('issueDate'), at('dueDate'), at('amount')];
}

/**
 * Reads one invoice row. A row of plain values (visible ids, a currency code core knows, valid dates
 * with the due date not before the issue date, a plain positive amount within the currency's
 * decimals; any reference) is read directly, since core accepts it as it is. Any other row is converted
 * by the loader's `invoiceFromRow` and judged by core's `parseInvoice`, which accepts it or names every
 * problem, reported as the loader reports them.
 *
 * @param record - The row's cells in header order.
 * @param row - The spreadsheet row (the header is row 1).
 * @param context - The file's layout and the cell readers.
 * @returns The invoice, or its problems and its id when one could be read.
 * @internal
 */
export function readInvoiceRow(
  record: readonly string[],
  row: number,
  context: InvoiceRowContext,
): InvoiceRowResult {
  const [idAt, customerAt, currencyAt, issueAt, dueAt, amountAt] = context.at;
  const id = cell(record, idAt);
  const customerId = cell(record, customerAt);
  if (record.length === context.fields.width && id !== undefined && customerId !== undefined) {
    const { readers } = context;
    const currency = cell(record, currencyAt);
    const issueDate = cell(record, issueAt);
    const dueDate = cell(record, dueAt);
    const digits = readers.digitsOf(currency);
    const issueDay = readers.dayOf(issueDate);
    const dueDay = readers.dayOf(dueDate);
    const minor = digits === undefined ? undefined : readers.minorOf(cell(record, amountAt), digits);
    if (minor !== undefined && issueDay !== undefined && dueDay !== undefined && dueDay >= issueDay) {
      return {
        ok: true,
        invoice: {
          id,
          customerId,
          currency: currency as string,
          issueDate: issueDate as string,
          dueDate: dueDate as string,
          amountMinor: minor,
        },
      };
    }
  }
  return readSlowly(record, row, context, id);
}

function readSlowly(
  record: readonly string[],
  row: number,
  context: InvoiceRowContext,
  id: string | undefined,
): InvoiceRowResult {
  const { fields, file } = context;
  const rowContext = { file, columns: fields.columns };
  const problems: InputProblem[] = [];
  if (record.length !== fields.width) problems.push(rowWidthProblem(file, row, record.length, fields.width));
  const converted = invoiceFromRow(rowCellsOf(record, fields), row, rowContext);
  if (!converted.ok) return { ok: false, id, problems: [...problems, ...converted.problems] };
  const parsed = recordProblems(parseInvoice, converted.value, row, rowContext);
  if (!parsed.ok) return { ok: false, id, problems: [...problems, ...parsed.problems] };
  if (problems.length > 0) return { ok: false, id, problems };
  const invoice = parsed.value;
  try {
    return {
      ok: true,
      invoice: {
        id: invoice.id,
        customerId: invoice.customerId,
        currency: invoice.currency,
        issueDate: invoice.issueDate,
        dueDate: invoice.dueDate,
        amountMinor: toMinorUnits(invoice.amount, invoice.currency),
      },
    };
  } catch (error) {
    // A valid amount of more than 2^53 − 1 minor units: too large for exact aging.
    if (!isReceivablesError(error)) throw error;
    const text = record[fields.indexes.get('amount') ?? -1];
    return {
      ok: false,
      id,
      problems: [streamRowProblem(file, row, fields.columns, 'amount', text, error.code, error.message)],
    };
  }
}

function cell(record: readonly string[], at: number): string | undefined {
  if (at < 0) return undefined;
  const text = record[at]?.trim();
  return text === '' ? undefined : text;
}
