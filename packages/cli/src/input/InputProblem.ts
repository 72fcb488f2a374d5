import type { ReceivablesErrorCode } from '@receivables/core';

/**
 * One problem found in an input file: where it is (file, row, column), the value and why it is wrong.
 * Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row is row 2; in
 * a JSON file, `row` is the 1-based position of the record in its array.
 */
export interface InputProblem {
  /** The file as it was named on the command line (or found in `--data`). */
  readonly file: string;
  /** The row (CSV: the header is row 1) or the 1-based record number (JSON); absent for file-level problems. */
  readonly row?: number;
  /** The column as it is named in the file (after `--map`), or the JSON path inside the record. */
  readonly column?: string;
  /** The offending value as text, when there is one. */
  readonly value?: string;
  /** The stable code of the underlying error, e.g. `INVALID_AMOUNT` or `INVALID_DATE`. */
  readonly code: ReceivablesErrorCode;
  /** Why the value is wrong, in plain English. */
  readonly reason: string;
}
