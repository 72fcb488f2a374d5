import type { ApplicationInput } from '@receivables/core';
import { applicationFromCells } from '../_internals/applicationFromCells.ts';
import type { RowCells } from '../RowCells.ts';
import type { RowContext } from '../RowContext.ts';
import type { RowResult } from '../RowResult.ts';
import type { CreditNoteApplicationRow } from './CreditNoteApplicationRow.ts';

const asRow = (creditNoteId: string, application: ApplicationInput): CreditNoteApplicationRow => ({
  creditNoteId,
  application,
});

/**
 * Reads one row of a credit-note-applications file: `creditNoteId` (required: it joins the row to its
 * credit note), `invoiceId`, `instalment` and `amount`. The application itself is judged by core's
 * `CreditNoteSchema` and `parsePortfolio` once it is part of its credit note.
 *
 * @param cells - The row's cells by field.
 * @param row - The row number (the header is row 1).
 * @param context - The file and its columns.
 * @returns The row, or the problems with `creditNoteId` and `instalment` (`INVALID_RECORD`).
 *
 * @example
 * ```ts
 * import { creditNoteApplicationFromRow } from '@receivables/cli';
 *
 * const result = creditNoteApplicationFromRow({ creditNoteId: 'CN1', invoiceId: 'INV-1', amount: '80.00' }, 2, { file: 'credit-note-applications.csv' });
 * console.log(result.ok && result.value.creditNoteId, result.ok && result.value.application.instalment); // CN1 undefined
 * ```
 */
export function creditNoteApplicationFromRow(
  cells: RowCells,
  row: number,
  context: RowContext,
): RowResult<CreditNoteApplicationRow> {
  return applicationFromCells(cells, row, context, 'creditNoteId', asRow);
}
