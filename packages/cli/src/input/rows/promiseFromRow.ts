import type { PromiseStatus, PromiseToPayInput } from '@receivables/core';
import { listFromText } from '../_internals/cellReaders.ts';
import { cellText } from '../_internals/cellText.ts';
import type { RowCells } from '../RowCells.ts';
import type { RowContext } from '../RowContext.ts';
import type { RowResult } from '../RowResult.ts';

/**
 * Reads one row of a promises file: `id`, `customerId`, `invoiceIds` (separated by `;`; empty for the
 * customer's whole balance), `madeOn`, `promisedDate`, `amount`, `currency`, `status`. Core's
 * `PromiseToPaySchema` and `parsePortfolio` judge the record.
 *
 * @param cells - The row's cells by field.
 * @param _row - The row number (unused: a promise row always converts).
 * @param _context - The file and its columns (unused, likewise).
 * @returns The promise input record.
 *
 * @example
 * ```ts
 * import { promiseFromRow } from '@receivables/cli';
 *
 * const cells = { id: 'PTP1', customerId: 'C1', invoiceIds: 'INV-1; INV-2', madeOn: '2026-05-06', promisedDate: '2026-05-20', amount: '600.00', currency: 'CNY' };
 * const result = promiseFromRow(cells, 2, { file: 'promises.csv' });
 * console.log(result.ok && result.value.invoiceIds); // ["INV-1","INV-2"]
 * ```
 */
export function promiseFromRow(
  cells: RowCells,
  _row: number,
  _context: RowContext,
): RowResult<PromiseToPayInput> {
  const invoiceIds = cellText(cells, 'invoiceIds');
  const promise = {
    id: cellText(cells, 'id'),
    customerId: cellText(cells, 'customerId'),
    invoiceIds: invoiceIds === undefined ? undefined : listFromText(invoiceIds),
    madeOn: cellText(cells, 'madeOn'),
    promisedDate: cellText(cells, 'promisedDate'),
    amount: cellText(cells, 'amount'),
    currency: cellText(cells, 'currency'),
    status: cellText(cells, 'status') as PromiseStatus | undefined,
  };
  // A required cell left empty stays undefined, for core's schema to report.
  return { ok: true, value: promise as PromiseToPayInput };
}
