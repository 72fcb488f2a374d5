import type { ApplicationInput } from '@receivables/core';
import type { InputProblem } from '../InputProblem.ts';
import type { RowCells } from '../RowCells.ts';
import type { RowContext } from '../RowContext.ts';
import type { RowResult } from '../RowResult.ts';
import { numberFromText } from './cellReaders.ts';
import { cellText } from './cellText.ts';
import { missingCell } from './missingCell.ts';
import { rowProblem } from './rowProblem.ts';

/**
 * A payment- or credit-note-application row: the id in `ownerField` that joins it to its record, and
 * the application (core judges the rest: a whole instalment number from 1, a positive amount). A row
 * that converts allocates only the result, so millions of rows stream cheaply.
 *
 * @internal
 */
export function applicationFromCells<Row>(
  cells: RowCells,
  row: number,
  context: RowContext,
  ownerField: string,
  make: (ownerId: string, application: ApplicationInput) => Row,
): RowResult<Row> {
  const ownerId = cellText(cells, ownerField);
  const instalmentText = cellText(cells, 'instalment');
  const instalment = instalmentText === undefined ? undefined : numberFromText(instalmentText);
  if (ownerId === undefined || (instalmentText !== undefined && instalment === undefined)) {
    const problems: InputProblem[] = [];
    if (ownerId === undefined) problems.push(missingCell(context, row, ownerField));
    if (instalmentText !== undefined && instalment === undefined) {
      const reason = `${JSON.stringify(instalmentText)} is not a number`;
      problems.push(rowProblem(context, row, 'instalment', instalmentText, 'INVALID_RECORD', reason));
    }
    return { ok: false, problems };
  }
  const application = {
    invoiceId: cellText(cells, 'invoiceId'),
    instalment,
    amount: cellText(cells, 'amount'),
  };
  // A required cell left empty stays undefined, for core's schema to report.
  return { ok: true, value: make(ownerId, application as ApplicationInput) };
}
