import type { InstalmentInput, InstalmentRole } from '@receivables/core';
import { numberFromText } from '../_internals/cellReaders.ts';
import { cellText } from '../_internals/cellText.ts';
import { missingCell } from '../_internals/missingCell.ts';
import { rowProblem } from '../_internals/rowProblem.ts';
import type { InputProblem } from '../InputProblem.ts';
import type { RowCells } from '../RowCells.ts';
import type { RowContext } from '../RowContext.ts';
import type { RowResult } from '../RowResult.ts';
import type { InstalmentRow } from './InstalmentRow.ts';

/**
 * Reads one row of an instalments file: `invoiceId` (required: it joins the row to its invoice),
 * `number` (a whole number from 1, when given), `dueDate`, `amount` and `role`. The instalment itself
 * is judged by core's `InvoiceSchema` once it is part of its invoice.
 *
 * @param cells - The row's cells by field.
 * @param row - The row number (the header is row 1).
 * @param context - The file and its columns.
 * @returns The row, or the problems with `invoiceId` and `number` (`INVALID_RECORD`).
 *
 * @example
 * ```ts
 * import { instalmentFromRow } from '@receivables/cli';
 *
 * const result = instalmentFromRow({ invoiceId: 'INV-1', number: '2', dueDate: '2026-06-01', amount: '600.00' }, 3, { file: 'instalments.csv' });
 * console.log(result.ok && result.value.number, result.ok && result.value.instalment.amount); // 2 600.00
 * const bad = instalmentFromRow({ invoiceId: '', number: 'two', dueDate: '2026-06-01', amount: '600.00' }, 4, { file: 'instalments.csv' });
 * console.log(bad.ok ? [] : bad.problems.map((problem) => problem.column)); // ["invoiceId","number"]
 * ```
 */
export function instalmentFromRow(
  cells: RowCells,
  row: number,
  context: RowContext,
): RowResult<InstalmentRow> {
  const invoiceId = cellText(cells, 'invoiceId');
  const numberText = cellText(cells, 'number');
  const number = numberText === undefined ? undefined : numberFromText(numberText);
  const badNumber =
    numberText !== undefined && (number === undefined || !Number.isSafeInteger(number) || number < 1);
  if (invoiceId === undefined || badNumber) {
    const problems: InputProblem[] = [];
    if (invoiceId === undefined) problems.push(missingCell(context, row, 'invoiceId'));
    if (badNumber) {
      const reason =
        number === undefined
          ? `${JSON.stringify(numberText)} is not a number`
          : `${number} is not an instalment number: instalments are numbered 1, 2, 3, ...`;
      problems.push(rowProblem(context, row, 'number', numberText, 'INVALID_RECORD', reason));
    }
    return { ok: false, problems };
  }
  const instalment = {
    dueDate: cellText(cells, 'dueDate'),
    amount: cellText(cells, 'amount'),
    role: cellText(cells, 'role') as InstalmentRole | undefined,
  };
  // A required cell left empty stays undefined, for core's schema to report.
  return { ok: true, value: { invoiceId, number, instalment: instalment as InstalmentInput } };
}
