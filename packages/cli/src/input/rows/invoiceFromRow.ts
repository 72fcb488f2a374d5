import type { InvoiceInput } from '@receivables/core';
import { cellText } from '../_internals/cellText.ts';
import type { RowCells } from '../RowCells.ts';
import type { RowContext } from '../RowContext.ts';
import type { RowResult } from '../RowResult.ts';

/**
 * Reads one row of an invoices file: `id`, `customerId`, `currency`, `issueDate`, `dueDate`, `amount`,
 * `reference`, as text. The instalments come from their own rows (see `instalmentFromRow`). Nothing is
 * validated here: core's `InvoiceSchema` (through `parsePortfolio` or `parseInvoice`) judges the record.
 * It allocates only the record, so it suits a streaming reader of millions of rows.
 *
 * @param cells - The row's cells by field.
 * @param _row - The row number (unused: an invoice row always converts).
 * @param _context - The file and its columns (unused, likewise).
 * @returns The invoice input record, without instalments.
 *
 * @example
 * ```ts
 * import { invoiceFromRow } from '@receivables/cli';
 * import { parseInvoice } from '@receivables/core';
 *
 * const cells = { id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-03-01', dueDate: '2026-03-31', amount: '1200.00', reference: '' };
 * const result = invoiceFromRow(cells, 2, { file: 'invoices.csv' });
 * if (result.ok) console.log(parseInvoice(result.value).amount.toFixed(2)); // 1200.00
 * ```
 */
export function invoiceFromRow(cells: RowCells, _row: number, _context: RowContext): RowResult<InvoiceInput> {
  const invoice = {
    id: cellText(cells, 'id'),
    customerId: cellText(cells, 'customerId'),
    currency: cellText(cells, 'currency'),
    issueDate: cellText(cells, 'issueDate'),
    dueDate: cellText(cells, 'dueDate'),
    amount: cellText(cells, 'amount'),
    reference: cellText(cells, 'reference'),
  };
  // A required cell left empty stays undefined, for core's schema to report.
  return { ok: true, value: invoice as InvoiceInput };
}
