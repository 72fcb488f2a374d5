import type { InputKind } from '../input/InputKind.ts';
import type { InputProblem } from '../input/InputProblem.ts';
import type { RowCells } from '../input/RowCells.ts';
import { resolveCsvHeader } from '../input/resolveCsvHeader.ts';

/** Where each field of an input kind is in a CSV file's header. @internal */
export interface StreamFields {
  /** Each field's cell index (customers: tags under `tag.<key>` too). */
  readonly indexes: ReadonlyMap<string, number>;
  /** The column each field is read from, as the file names it (after `--map`). */
  readonly columns: Readonly<Record<string, string>>;
  /** Problems that keep the file from being read: a required column missing, a column given twice. */
  readonly fatal: readonly InputProblem[];
  /** Columns no field reads: errors, or left out under `--skip-invalid` (the loader's rule). */
  readonly ignored: readonly InputProblem[];
  /** How many columns the header has. */
  readonly width: number;
}

/**
 * Matches a CSV header to the fields of an input kind with the whole-file loader's own rules
 * (`resolveCsvHeader`: names compared without surrounding spaces, `--map` renames, `tag.<key>` columns of
 * customers, every problem named alike).
 *
 * @param kind - The input kind.
 * @param header - The header's column names.
 * @param file - The file's label.
 * @param columnMap - `--map`: by kind, the column each field is read from.
 * @returns The field positions and the header's problems.
 * @internal
 */
export function streamFields(
  kind: InputKind,
  header: readonly string[],
  file: string,
  columnMap: Readonly<Record<string, Readonly<Record<string, string>>>>,
): StreamFields {
  const resolved = resolveCsvHeader(kind, header, file, columnMap[kind]);
  const indexes = new Map<string, number>();
  resolved.fields.forEach((field, index) => {
    if (field !== undefined) indexes.set(field, index);
  });
  return {
    indexes,
    columns: resolved.columns,
    fatal: resolved.fatal,
    ignored: resolved.unread,
    width: header.length,
  };
}

/**
 * A CSV record's cells by field name, as the row converters read them (a missing cell is empty).
 *
 * @param record - The record's cells, in header order.
 * @param fields - From {@link streamFields}.
 * @returns The cells by field.
 * @internal
 */
export function rowCellsOf(record: readonly string[], fields: StreamFields): RowCells {
  const cells: Record<string, string> = {};
  for (const [field, index] of fields.indexes) cells[field] = record[index] ?? '';
  return cells;
}

/**
 * Whether every cell of a record is blank: the loader skips such rows (a line of commas).
 *
 * @param record - The record's cells.
 * @returns `true` for a blank row.
 * @internal
 */
export function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/**
 * The problem of a row whose number of cells differs from the header's, worded as the loader words it.
 *
 * @param file - The file's label.
 * @param row - The spreadsheet row.
 * @param cells - The row's number of cells.
 * @param columns - The header's number of columns.
 * @returns The problem.
 * @internal
 */
export function rowWidthProblem(file: string, row: number, cells: number, columns: number): InputProblem {
  return {
    file,
    row,
    code: 'INVALID_INPUT_FILE',
    reason: `the row has ${cells} cells but the header names ${columns} columns`,
  };
}
