import type { DisputeInput } from '@receivables/core';
import { cellText } from '../_internals/cellText.ts';
import { readNumberCell } from '../_internals/readNumberCell.ts';
import type { InputProblem } from '../InputProblem.ts';
import type { RowCells } from '../RowCells.ts';
import type { RowContext } from '../RowContext.ts';
import type { RowResult } from '../RowResult.ts';

/**
 * Reads one row of a disputes file: `id`, `customerId`, `invoiceId`, `instalment`, `openedOn`,
 * `resolvedOn`, `amount`, `reason`. Only `instalment` is read here (as a number); core's
 * `DisputeSchema` and `parsePortfolio` judge the record.
 *
 * @param cells - The row's cells by field.
 * @param row - The row number (the header is row 1).
 * @param context - The file and its columns.
 * @returns The dispute input record, or the problem with a non-numeric `instalment` (`INVALID_RECORD`).
 *
 * @example
 * ```ts
 * import { disputeFromRow } from '@receivables/cli';
 *
 * const result = disputeFromRow({ id: 'D1', customerId: 'C1', invoiceId: 'INV-1', instalment: '3', openedOn: '2026-05-02', amount: '100.00' }, 2, { file: 'disputes.csv' });
 * console.log(result.ok && result.value.instalment, result.ok && result.value.resolvedOn); // 3 undefined
 * ```
 */
export function disputeFromRow(cells: RowCells, row: number, context: RowContext): RowResult<DisputeInput> {
  const problems: InputProblem[] = [];
  const dispute = {
    id: cellText(cells, 'id'),
    customerId: cellText(cells, 'customerId'),
    invoiceId: cellText(cells, 'invoiceId'),
    instalment: readNumberCell(cells, 'instalment', row, context, problems),
    openedOn: cellText(cells, 'openedOn'),
    resolvedOn: cellText(cells, 'resolvedOn'),
    amount: cellText(cells, 'amount'),
    reason: cellText(cells, 'reason'),
  };
  if (problems.length > 0) return { ok: false, problems };
  // A required cell left empty stays undefined, for core's schema to report.
  return { ok: true, value: dispute as DisputeInput };
}
