import type { InputKind } from '../InputKind.ts';
import type { RowCells } from '../RowCells.ts';
import type { RowContext } from '../RowContext.ts';
import type { RowResult } from '../RowResult.ts';
import { creditNoteApplicationFromRow } from '../rows/creditNoteApplicationFromRow.ts';
import { creditNoteFromRow } from '../rows/creditNoteFromRow.ts';
import { creditProfileFromRow } from '../rows/creditProfileFromRow.ts';
import { customerFromRow } from '../rows/customerFromRow.ts';
import { disputeFromRow } from '../rows/disputeFromRow.ts';
import { historyEntryFromRow } from '../rows/historyEntryFromRow.ts';
import { instalmentFromRow } from '../rows/instalmentFromRow.ts';
import { invoiceFromRow } from '../rows/invoiceFromRow.ts';
import { paymentApplicationFromRow } from '../rows/paymentApplicationFromRow.ts';
import { paymentFromRow } from '../rows/paymentFromRow.ts';
import { promiseFromRow } from '../rows/promiseFromRow.ts';

/** A row converter of any kind. @internal */
export type RowConverter = (cells: RowCells, row: number, context: RowContext) => RowResult<unknown>;

/** The row converter of each input kind. @internal */
export const rowConverters: Readonly<Record<InputKind, RowConverter>> = {
  customers: customerFromRow,
  invoices: invoiceFromRow,
  instalments: instalmentFromRow,
  payments: paymentFromRow,
  'payment-applications': paymentApplicationFromRow,
  'credit-notes': creditNoteFromRow,
  'credit-note-applications': creditNoteApplicationFromRow,
  disputes: disputeFromRow,
  promises: promiseFromRow,
  'credit-profiles': creditProfileFromRow,
  history: historyEntryFromRow,
};

/**
 * The part of a converted row that goes into the portfolio: an instalment row's instalment, an
 * application row's application, otherwise the record itself.
 *
 * @internal
 */
export function portfolioValueOf(kind: InputKind, converted: unknown): unknown {
  if (kind === 'instalments') return (converted as { instalment: unknown }).instalment;
  if (kind === 'payment-applications' || kind === 'credit-note-applications') {
    return (converted as { application: unknown }).application;
  }
  return converted;
}
