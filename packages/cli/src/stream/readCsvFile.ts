import type { InputKind } from '../input/InputKind.ts';
import type { InputProblem } from '../input/InputProblem.ts';
import { readCsvHeader } from './readCsvHeader.ts';
import { CsvRangeSyntaxError, readCsvRange } from './readCsvRange.ts';
import type { StreamFile } from './StreamFile.ts';
import type { StreamProblems } from './StreamProblems.ts';
import { isBlankRecord, type StreamFields, streamFields } from './streamFields.ts';

/**
 * Reads a whole CSV input file row by row: its header against the kind's columns (with a required
 * column missing or a column given twice no row is read; columns no field reads are problems, as the
 * loader has it), then every record that is not blank, with its spreadsheet row. File-level problems go
 * to `problems.rejected`.
 *
 * @param file - The file.
 * @param kind - Its input kind.
 * @param columnMap - `--map`.
 * @param problems - Where file-level problems go.
 * @param onRow - Called for every record with its cells, its row and the file's layout.
 * @param onBytes - Progress: called with the size of each chunk read.
 * @returns The file's layout, or `undefined` when no row could be read.
 * @internal
 */
export async function readCsvFile(
  file: StreamFile,
  kind: InputKind,
  columnMap: Readonly<Record<string, Readonly<Record<string, string>>>>,
  problems: Pick<StreamProblems, 'rejected'> | undefined,
  onRow: (record: string[], row: number, fields: StreamFields) => void,
  onBytes?: (bytes: number) => void,
): Promise<StreamFields | undefined> {
  const header = readCsvHeader(file.path);
  onBytes?.(header.bodyStart);
  if (header.columns.length === 0) {
    problems?.rejected.push(
      header.error === undefined ? emptyFile(file) : csvSyntaxProblem(file, 1, header.error),
    );
    return undefined;
  }
  const fields = streamFields(kind, header.columns, file.label, columnMap);
  problems?.rejected.push(...fields.fatal, ...fields.ignored);
  if (fields.fatal.length > 0) return undefined;
  try {
    await readCsvRange(
      file.path,
      { start: header.bodyStart, end: header.size, ...(onBytes === undefined ? {} : { onBytes }) },
      (record, row) => {
        if (!isBlankRecord(record)) onRow(record, row + 1, fields);
      },
    );
  } catch (error) {
    if (!(error instanceof CsvRangeSyntaxError)) throw error;
    problems?.rejected.push(csvSyntaxProblem(file, error.problem.row + 1, error.message));
  }
  return fields;
}

/**
 * The problem of a file without even a header.
 *
 * @param file - The file.
 * @returns The problem.
 * @internal
 */
export function emptyFile(file: StreamFile): InputProblem {
  return {
    file: file.label,
    code: 'INVALID_INPUT_FILE',
    reason: 'is empty: a CSV file starts with a header row',
  };
}

/**
 * The problem of a CSV syntax error at a row: the file cannot be read past it.
 *
 * @param file - The file.
 * @param row - The spreadsheet row where the error is.
 * @param message - csv-parse's message.
 * @returns The problem.
 * @internal
 */
export function csvSyntaxProblem(file: StreamFile, row: number, message: string): InputProblem {
  return { file: file.label, row, code: 'INVALID_INPUT_FILE', reason: `is not valid CSV: ${message}` };
}
