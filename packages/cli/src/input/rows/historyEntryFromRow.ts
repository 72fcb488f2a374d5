import { listFromText } from '../_internals/cellReaders.ts';
import { cellText } from '../_internals/cellText.ts';
import { historyEntrySchema } from '../_internals/historyEntrySchema.ts';
import { csvLocation, validatedRecord } from '../_internals/validatedRecord.ts';
import type { RowCells } from '../RowCells.ts';
import type { RowContext } from '../RowContext.ts';
import type { RowResult } from '../RowResult.ts';
import type { HistoryEntry } from './HistoryEntry.ts';

/**
 * Reads and validates one row of a history file: `kind` (`action`, `acknowledgement` or
 * `deliveredDemand`), `date`, `customerId`, `channel` (one of reminder-policy's channels; required for
 * an action and refused for the others) and `invoiceIds` (separated by `;`). Whether the customer and
 * invoices exist is checked with the portfolio.
 *
 * @param cells - The row's cells by field.
 * @param row - The row number (the header is row 1).
 * @param context - The file and its columns.
 * @returns The entry, or every problem of the row: `INVALID_DATE`, otherwise `INVALID_HISTORY`.
 *
 * @example
 * ```ts
 * import { historyEntryFromRow } from '@receivables/cli';
 *
 * const result = historyEntryFromRow({ kind: 'action', date: '2026-05-04', customerId: 'C1', channel: 'phone', invoiceIds: 'INV-1' }, 2, { file: 'history.csv' });
 * console.log(result.ok && result.value); // {"kind":"action","date":"2026-05-04","customerId":"C1","invoiceIds":["INV-1"],"channel":"phone"}
 * const bad = historyEntryFromRow({ kind: 'action', date: '2026-05-04', customerId: 'C1', channel: 'fax' }, 3, { file: 'history.csv' });
 * console.log(bad.ok ? '' : `${bad.problems[0]?.column} ${bad.problems[0]?.code}`); // channel INVALID_HISTORY
 * ```
 */
export function historyEntryFromRow(
  cells: RowCells,
  row: number,
  context: RowContext,
): RowResult<HistoryEntry> {
  const invoiceIds = cellText(cells, 'invoiceIds');
  const draft = {
    kind: cellText(cells, 'kind'),
    date: cellText(cells, 'date'),
    customerId: cellText(cells, 'customerId'),
    channel: cellText(cells, 'channel'),
    invoiceIds: invoiceIds === undefined ? undefined : listFromText(invoiceIds),
  };
  return validatedRecord(historyEntrySchema, draft, csvLocation(row, context), [], 'INVALID_HISTORY');
}
