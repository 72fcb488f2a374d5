import type { CreditNoteInput } from '@receivables/core';
import { cellText } from '../_internals/cellText.ts';
import type { RowCells } from '../RowCells.ts';
import type { RowContext } from '../RowContext.ts';
import type { RowResult } from '../RowResult.ts';

/**
 * Reads one row of a credit-notes file: `id`, `customerId`, `currency`, `date`, `amount`, `reason`, as
 * text. The applications come from their own rows (see `creditNoteApplicationFromRow`). Nothing is
 * validated here: core's `CreditNoteSchema` (through `parsePortfolio`) judges the record.
 *
 * @param cells - The row's cells by field.
 * @param _row - The row number (unused: a credit-note row always converts).
 * @param _context - The file and its columns (unused, likewise).
 * @returns The credit note input record, without applications.
 *
 * @example
 * ```ts
 * import { creditNoteFromRow } from '@receivables/cli';
 *
 * const result = creditNoteFromRow({ id: 'CN1', customerId: 'C1', currency: 'CNY', date: '2026-04-12', amount: '80.00', reason: 'damaged in transit' }, 2, { file: 'credit-notes.csv' });
 * console.log(result.ok && result.value.reason); // damaged in transit
 * ```
 */
export function creditNoteFromRow(
  cells: RowCells,
  _row: number,
  _context: RowContext,
): RowResult<CreditNoteInput> {
  const note = {
    id: cellText(cells, 'id'),
    customerId: cellText(cells, 'customerId'),
    currency: cellText(cells, 'currency'),
    date: cellText(cells, 'date'),
    amount: cellText(cells, 'amount'),
    reason: cellText(cells, 'reason'),
  };
  // A required cell left empty stays undefined, for core's schema to report.
  return { ok: true, value: note as CreditNoteInput };
}
