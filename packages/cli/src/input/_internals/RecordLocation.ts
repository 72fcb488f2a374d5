/**
 * Where one record of an input file is, and how paths inside it are named in problems: by the CSV
 * column, or by the JSON path from the file's root.
 *
 * @internal
 */
export interface RecordLocation {
  readonly file: string;
  /** The CSV row or the 1-based position in a JSON data file's array; absent in a `--portfolio` file. */
  readonly row: number | undefined;
  /** For a CSV row: the columns by field. `undefined` for a JSON record. */
  readonly columns: Readonly<Record<string, string>> | undefined;
  /** For a JSON record: its path from the record the row number names (or from a portfolio file's root). */
  readonly jsonPath: readonly (string | number)[];
}
