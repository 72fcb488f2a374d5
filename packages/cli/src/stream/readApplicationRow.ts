import {
  type ApplicationInput,
  isReceivablesError,
  type PaymentInput,
  parsePayment,
  toMinorUnits,
} from '@receivables/core';
import type { InputProblem } from '../input/InputProblem.ts';
import { rowProblemsFromIssues } from '../input/rowProblemsFromIssues.ts';
import { creditNoteApplicationFromRow } from '../input/rows/creditNoteApplicationFromRow.ts';
import { paymentApplicationFromRow } from '../input/rows/paymentApplicationFromRow.ts';
import { cellOf } from './cellOf.ts';
import type { CellReaders } from './createCellReaders.ts';
import { rowCellsOf, rowWidthProblem, type StreamFields } from './streamFields.ts';
import { streamRowProblem } from './streamRowProblem.ts';

/** An application row as stream aging needs it. @internal */
export interface StreamApplication {
  readonly sourceId: string;
  readonly invoiceId: string;
  readonly instalment: number | undefined;
  /** In the minor units of the payment's or credit note's currency. */
  readonly amountMinor: number;
}

/** What {@link readApplicationRow} made of a row. @internal */
export type ApplicationRowResult =
  | { readonly ok: true; readonly application: StreamApplication }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

/** The file's layout and the cell readers. @internal */
export interface ApplicationRowContext {
  /** The field naming the payment or credit note: `paymentId` or `creditNoteId`. */
  readonly sourceField: 'paymentId' | 'creditNoteId';
  readonly file: string;
  readonly fields: StreamFields;
  readonly readers: CellReaders;
}

const INSTALMENT = /^[1-9]\d{0,8}$/;

/**
 * Reads one application row, its amount in the currency of the payment or credit note it belongs to.
 * Plain values are read directly; any other row is converted by the loader's
 * `paymentApplicationFromRow`/`creditNoteApplicationFromRow` and judged by core's `parsePayment` on a
 * payment holding just this application in that currency, keeping the application's own issues (the
 * same rules `parsePortfolio` applies to it, reported at the same cells). Without a currency (its
 * record is unknown) only the shape is checked and the result has no problems but is not `ok`.
 *
 * @param record - The row's cells in header order.
 * @param row - The spreadsheet row.
 * @param context - The file's layout and the cell readers.
 * @param currency - The currency of the payment or credit note, when known.
 * @returns The application, or its problems.
 * @internal
 */
export function readApplicationRow(
  record: readonly string[],
  row: number,
  context: ApplicationRowContext,
  currency: { readonly code: string; readonly digits: number } | undefined,
): ApplicationRowResult {
  const { fields, readers, sourceField, file } = context;
  const sourceId = cellOf(record, fields, sourceField);
  const invoiceId = cellOf(record, fields, 'invoiceId');
  const instalment = cellOf(record, fields, 'instalment');
  if (
    record.length === fields.width &&
    sourceId !== undefined &&
    invoiceId !== undefined &&
    currency !== undefined
  ) {
    const minor = readers.minorOf(cellOf(record, fields, 'amount'), currency.digits);
    if (minor !== undefined && (instalment === undefined || INSTALMENT.test(instalment))) {
      return {
        ok: true,
        application: {
          sourceId,
          invoiceId,
          instalment: instalment === undefined ? undefined : Number(instalment),
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
    sourceField === 'paymentId'
      ? paymentApplicationFromRow(cells, row, rowContext)
      : creditNoteApplicationFromRow(cells, row, rowContext);
  if (!converted.ok) return { ok: false, problems: [...problems, ...converted.problems] };
  const { application } = converted.value;
  problems.push(...applicationProblems(application, row, rowContext, currency));
  if (problems.length > 0 || currency === undefined) return { ok: false, problems };
  try {
    return {
      ok: true,
      application: {
        sourceId: sourceId as string,
        invoiceId: application.invoiceId,
        instalment: application.instalment,
        amountMinor: toMinorUnits(application.amount, currency.code),
      },
    };
  } catch (error) {
    if (!isReceivablesError(error)) throw error;
    return {
      ok: false,
      problems: [
        streamRowProblem(file, row, fields.columns, 'amount', cells.amount, error.code, error.message),
      ],
    };
  }
}

/** Core's issues with the application itself, judged inside a payment of its record's currency. */
function applicationProblems(
  application: ApplicationInput,
  row: number,
  context: { readonly file: string; readonly columns: Readonly<Record<string, string>> },
  currency: { readonly code: string } | undefined,
): InputProblem[] {
  try {
    parsePayment({
      id: 'application',
      customerId: 'application',
      // Without its record's currency only the shape is checked: decimals are not judged then.
      currency: currency?.code ?? 'CNY',
      date: '2000-01-01',
      amount: application.amount ?? '1',
      applications: [application],
    } as PaymentInput);
    return [];
  } catch (error) {
    if (!isReceivablesError(error) || error.details.issues === undefined) throw error;
    const own = error.details.issues
      .filter(
        (issue) =>
          issue.path[0] === 'applications' &&
          issue.code !== 'over_applied' &&
          (currency !== undefined || issue.code !== 'too_precise'),
      )
      .map((issue) => ({ ...issue, path: issue.path.slice(2) }));
    return rowProblemsFromIssues(own, application, row, context);
  }
}
