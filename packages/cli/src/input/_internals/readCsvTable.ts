import { parse } from 'csv-parse/sync';
import type { InputProblem } from '../InputProblem.ts';

/** One data row of a CSV file: its cells and its row number as a spreadsheet shows it. @internal */
export interface CsvRow {
  readonly cells: readonly string[];
  readonly row: number;
}

/** A CSV file read into its header and data rows. @internal */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly records: number; readonly empty_lines: number };
}

/**
 * Reads CSV text (UTF-8, a BOM allowed, comma-separated, RFC 4180 quoting) into its header and data
 * rows. Rows are numbered as a spreadsheet shows them (the header is row 1, an empty line is a row, a
 * quoted line break is not); rows whose cells are all blank are left out. Malformed CSV is one problem.
 *
 * @internal
 */
export function readCsvTable(text: string, file: string): CsvTable | InputProblem {
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const reason = `is not valid CSV: ${(error as Error).message}`;
    return { file, code: 'INVALID_INPUT_FILE', reason };
  }
  const [first, ...rest] = records;
  if (first === undefined) {
    return { file, code: 'INVALID_INPUT_FILE', reason: 'is empty: a CSV file starts with a header row' };
  }
  const rows: CsvRow[] = [];
  for (const { record, info } of rest) {
    if (record.every((cell) => cell.trim() === '')) continue;
    rows.push({ cells: record, row: info.records + info.empty_lines });
  }
  return { header: first.record.map((name) => name.trim()), rows };
}
