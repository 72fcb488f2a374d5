import type { ApplicationInput } from '@receivables/core';
import { applicationFromCells } from '../_internals/applicationFromCells.ts';
import type { RowCells } from '../RowCells.ts';
import type { RowContext } from '../RowContext.ts';
import type { RowResult } from '../RowResult.ts';
import type { PaymentApplicationRow } from './PaymentApplicationRow.ts';

const asRow = (paymentId: string, application: ApplicationInput): PaymentApplicationRow => ({
  paymentId,
  application,
});

/**
 * Reads one row of a payment-applications file: `paymentId` (required: it joins the row to its
 * payment), `invoiceId`, `instalment` and `amount`. The application itself is judged by core's
 * `PaymentSchema` and `parsePortfolio` once it is part of its payment. It allocates only the result, so
 * it suits a streaming reader of millions of rows.
 *
 * @param cells - The row's cells by field.
 * @param row - The row number (the header is row 1).
 * @param context - The file and its columns.
 * @returns The row, or the problems with `paymentId` and `instalment` (`INVALID_RECORD`).
 *
 * @example
 * ```ts
 * import { paymentApplicationFromRow } from '@receivables/cli';
 *
 * const result = paymentApplicationFromRow({ paymentId: 'P1', invoiceId: 'INV-1', instalment: '1', amount: '300.00' }, 2, { file: 'payment-applications.csv' });
 * console.log(result.ok && result.value.application); // {"invoiceId":"INV-1","instalment":1,"amount":"300.00"}
 * const bad = paymentApplicationFromRow({ paymentId: 'P1', invoiceId: 'INV-1', instalment: 'first', amount: '300.00' }, 3, { file: 'payment-applications.csv' });
 * console.log(bad.ok ? '' : bad.problems[0]?.reason); // "first" is not a number
 * ```
 */
export function paymentApplicationFromRow(
  cells: RowCells,
  row: number,
  context: RowContext,
): RowResult<PaymentApplicationRow> {
  return applicationFromCells(cells, row, context, 'paymentId', asRow);
}
