import type { PaymentInput } from '@receivables/core';
import { cellText } from '../_internals/cellText.ts';
import type { RowCells } from '../RowCells.ts';
import type { RowContext } from '../RowContext.ts';
import type { RowResult } from '../RowResult.ts';

/**
 * Reads one row of a payments file: `id`, `customerId`, `currency`, `date`, `amount`, `reference`, as
 * text. The applications come from their own rows (see `paymentApplicationFromRow`). Nothing is
 * validated here: core's `PaymentSchema` (through `parsePortfolio` or `parsePayment`) judges the record.
 *
 * @param cells - The row's cells by field.
 * @param _row - The row number (unused: a payment row always converts).
 * @param _context - The file and its columns (unused, likewise).
 * @returns The payment input record, without applications.
 *
 * @example
 * ```ts
 * import { paymentFromRow } from '@receivables/cli';
 *
 * const result = paymentFromRow({ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-04-10', amount: '500.00' }, 2, { file: 'payments.csv' });
 * console.log(result.ok && result.value.amount, result.ok && result.value.reference); // 500.00 undefined
 * ```
 */
export function paymentFromRow(cells: RowCells, _row: number, _context: RowContext): RowResult<PaymentInput> {
  const payment = {
    id: cellText(cells, 'id'),
    customerId: cellText(cells, 'customerId'),
    currency: cellText(cells, 'currency'),
    date: cellText(cells, 'date'),
    amount: cellText(cells, 'amount'),
    reference: cellText(cells, 'reference'),
  };
  // A required cell left empty stays undefined, for core's schema to report.
  return { ok: true, value: payment as PaymentInput };
}
