/** What a row converter needs to know about the file a row comes from, to name it in problems. */
export interface RowContext {
  /** The file as it was named on the command line (or found in `--data`), copied into every problem. */
  readonly file: string;
  /**
   * The column each field is read from, as named in the file (after `--map`); a field not listed here is
   * in the column of its own name.
   * @defaultValue `{}`
   */
  readonly columns?: Readonly<Record<string, string>>;
}
