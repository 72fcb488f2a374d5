import type { InputProblem } from './InputProblem.ts';

/** A CSV header read against the input contract: see `resolveCsvHeader`. */
export interface CsvHeader {
  /** The field each column is read into, by position; `undefined` for a column that is not read. */
  readonly fields: readonly (string | undefined)[];
  /** The column of each field read, as the file names it: the `columns` of the rows' `RowContext`. */
  readonly columns: Readonly<Record<string, string>>;
  /** What makes the file unreadable: a required column missing, a column given twice. */
  readonly fatal: readonly InputProblem[];
  /** Columns that are not read (unknown or unnamed): errors, or left unread under `--skip-invalid`. */
  readonly unread: readonly InputProblem[];
}
