import type { ReceivablesErrorCode } from '@receivables/core';
import type { InputProblem } from '../InputProblem.ts';
import type { RowContext } from '../RowContext.ts';
import { columnName } from './columnName.ts';

/** A problem with one cell of a CSV row, naming the column as the file does. @internal */
export function rowProblem(
  context: RowContext,
  row: number,
  field: string,
  value: string | undefined,
  code: ReceivablesErrorCode,
  reason: string,
): InputProblem {
  return {
    file: context.file,
    row,
    column: columnName(context, field),
    ...(value === undefined ? {} : { value }),
    code,
    reason,
  };
}
