import {
  currencyMinorUnits,
  isReceivablesError,
  parseCreditNote,
  parsePayment,
  toMinorUnits,
} from '@receivables/core';
import type { InputProblem } from '../input/InputProblem.ts';
import { creditNoteFromRow } from '../input/rows/creditNoteFromRow.ts';
import { paymentFromRow } from '../input/rows/paymentFromRow.ts';
import { cellOf } from './cellOf.ts';
import type { CellReaders } from './createCellReaders.ts';
import { recordProblems } from './recordProblems.ts';
import { rowCellsOf, rowWidthProblem, type StreamFields } from './streamFields.ts';
import { streamRowProblem } from './streamRowProblem.ts';

/** A payment or credit note row as stream aging needs it. @internal */
export interface StreamSource {
  readonly id: string;
  readonly customerId: string;
  readonly currency: string;
  /** The currency's minor-unit digits. */
  readonly digits: number;
  readonly date: string;
  readonly amountMinor: number;
}

/** What {@link readSourceRow} made of a row. @internal */
export type SourceRowResult =
  | { readonly ok: true; readonly source: StreamSource }
  | { readonly ok: false; readonly id: string | undefined; readonly problems: readonly InputProblem[] };

/** The file's kind and layout and the cell readers. @internal */
export interface SourceRowContext {
  readonly kind: 'payment' | 'creditNote';
  readonly file: string;
  readonly fields: StreamFields;
  readonly readers: CellReaders;
}

/**
 * Reads one payment or credit-note row: plain values directly (core accepts them as they are), any
 * other row through the loader's `paymentFromRow`/`creditNoteFromRow` and core's
 * `parsePayment`/`parseCreditNote`, which accept it or name every problem.
 *
 * @param record - The row's cells in header order.
 * @param row - The spreadsheet row.
 * @param context - Which kind, the file's layout and the cell readers.
 * @returns The record, or its problems and its id when one could be read.
 * @internal
 */
export function readSourceRow(
  record: readonly string[],
  row: number,
  context: SourceRowContext,
): SourceRowResult {
  const { fields, readers, file } = context;
  const id = cellOf(record, fields, 'id');
  const customerId = cellOf(record, fields, 'customerId');
  const currency = cellOf(record, fields, 'currency');
  const date = cellOf(record, fields, 'date');
  if (record.length === fields.width && id !== undefined && customerId !== undefined) {
    const digits = readers.digitsOf(currency);
    const minor =
      digits === undefined ? undefined : readers.minorOf(cellOf(record, fields, 'amount'), digits);
    if (digits !== undefined && minor !== undefined && readers.dayOf(date) !== undefined) {
      return {
        ok: true,
        source: {
          id,
          customerId,
          currency: currency as string,
          digits,
          date: date as string,
          amountMinor: minor,
        },
      };
    }
  }
  const rowContext = { file, columns: fields.columns };
  const problems: InputProblem[] = [];
  if (record.length !== fields.width) problems.push(rowWidthProblem(file, row, record.length, fields.width));
  const cells = rowCellsOf(record, fields);
  const converted =
    context.kind === 'payment'
      ? paymentFromRow(cells, row, rowContext)
      : creditNoteFromRow(cells, row, rowContext);
  if (!converted.ok) return { ok: false, id, problems: [...problems, ...converted.problems] };
  const parsed = recordProblems<{
    readonly id: string;
    readonly customerId: string;
    readonly currency: string;
    readonly date: string;
    readonly amount: import('decimal.js').default;
  }>(context.kind === 'payment' ? parsePayment : parseCreditNote, converted.value, row, rowContext);
  if (!parsed.ok) return { ok: false, id, problems: [...problems, ...parsed.problems] };
  if (problems.length > 0) return { ok: false, id, problems };
  const source = parsed.value;
  try {
    return {
      ok: true,
      source: {
        id: source.id,
        customerId: source.customerId,
        currency: source.currency,
        digits: currencyMinorUnits(source.currency),
        date: source.date,
        amountMinor: toMinorUnits(source.amount, source.currency),
      },
    };
  } catch (error) {
    if (!isReceivablesError(error)) throw error;
    return {
      ok: false,
      id,
      problems: [
        streamRowProblem(file, row, fields.columns, 'amount', cells.amount, error.code, error.message),
      ],
    };
  }
}
