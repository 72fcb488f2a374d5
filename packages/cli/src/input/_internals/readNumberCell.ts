import type { InputProblem } from '../InputProblem.ts';
import type { RowCells } from '../RowCells.ts';
import type { RowContext } from '../RowContext.ts';
import { numberFromText } from './cellReaders.ts';
import { cellText } from './cellText.ts';
import { rowProblem } from './rowProblem.ts';

/**
 * A cell holding a number (e.g. an instalment number, which core then checks), `undefined` when empty;
 * a cell that is not a number adds a problem to `problems` and reads as `undefined`.
 *
 * @internal
 */
export function readNumberCell(
  cells: RowCells,
  field: string,
  row: number,
  context: RowContext,
  problems: InputProblem[],
): number | undefined {
  const text = cellText(cells, field);
  if (text === undefined) return undefined;
  const value = numberFromText(text);
  if (value === undefined) {
    problems.push(
      rowProblem(context, row, field, text, 'INVALID_RECORD', `${JSON.stringify(text)} is not a number`),
    );
  }
  return value;
}
