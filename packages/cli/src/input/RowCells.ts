/**
 * One CSV data row as the row converters read it: the cell text by field name (a column renamed by
 * `--map` is already under its field name; customer tags under `tag.<key>`). An absent or blank cell
 * means "no value"; spaces around a value are ignored.
 */
export type RowCells = Readonly<Record<string, string | undefined>>;
