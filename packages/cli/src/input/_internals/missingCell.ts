import type { InputProblem } from '../InputProblem.ts';
import type { RowContext } from '../RowContext.ts';
import { rowProblem } from './rowProblem.ts';

/** The problem of a required cell left empty. @internal */
export function missingCell(context: RowContext, row: number, field: string): InputProblem {
  return rowProblem(
    context,
    row,
    field,
    undefined,
    'INVALID_RECORD',
    'the cell is empty but a value is required',
  );
}
