import type { ReceivablesErrorCode } from '@receivables/core';
import type { InputProblem } from '../input/InputProblem.ts';

/**
 * A problem with one cell of a CSV row (a reference found wrong), naming the column as the file does.
 *
 * @param file - The file's label.
 * @param row - The spreadsheet row.
 * @param columns - The column each field is read from.
 * @param field - The field at fault.
 * @param value - The cell's text.
 * @param code - The suite error code.
 * @param reason - Why, in plain English.
 * @returns The problem.
 * @internal
 */
export function streamRowProblem(
  file: string,
  row: number,
  columns: Readonly<Record<string, string>>,
  field: string,
  value: string | undefined,
  code: ReceivablesErrorCode,
  reason: string,
): InputProblem {
  return {
    file,
    row,
    column: columns[field] ?? field,
    ...(value === undefined ? {} : { value }),
    code,
    reason,
  };
}
