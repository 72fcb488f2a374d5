import { createReadStream } from 'node:fs';
import { CsvError, parse } from 'csv-parse';

/** What {@link readCsvRange} found besides the records. @internal */
export interface CsvRangeSummary {
  /** Records and empty lines read: the rows a spreadsheet would show for the range. */
  readonly rows: number;
  /** How many `"` bytes the range holds: an odd count before a cut means the cut fell inside a quoted field. */
  readonly quotes: number;
}

/** A CSV syntax error (an unclosed or stray quote): the file cannot be read past it. @internal */
export interface CsvSyntaxProblem {
  readonly message: string;
  /** The row of the range, counted like the records (1 = the range's first row). */
  readonly row: number;
}

/** Thrown by {@link readCsvRange} for a CSV syntax error, with where it is. @internal */
export class CsvRangeSyntaxError extends Error {
  readonly problem: CsvSyntaxProblem;
  readonly quotes: number;
  constructor(problem: CsvSyntaxProblem, quotes: number) {
    super(problem.message);
    this.name = 'CsvRangeSyntaxError';
    this.problem = problem;
    this.quotes = quotes;
  }
}

/** Options of {@link readCsvRange}. @internal */
export interface ReadCsvRangeOptions {
  /** The first byte to read. */
  readonly start: number;
  /** The byte after the last one to read. */
  readonly end: number;
  /** Called with the size of every chunk read from disk, for a progress bar. */
  readonly onBytes?: (bytes: number) => void;
  /** Whether to drop a UTF-8 byte-order mark at `start` (only at the beginning of a file). */
  readonly bom?: boolean;
}

const QUOTE = 0x22;

/**
 * Streams the CSV records of a byte range of a file through csv-parse, calling `onRecord` with each
 * record's cells and its row within the range (records and empty lines counted from 1, so a caller
 * adds the rows before the range to get the spreadsheet row, as the loader numbers them). Empty lines
 * are skipped but counted,
 * records may have any number of cells (the caller checks them against the header), and the lines
 * may end in `\n`, `\r\n` or `\r`. A quoted field may hold line breaks.
 *
 * @param file - The file's path.
 * @param options - The byte range and a progress callback.
 * @param onRecord - Called synchronously for every record, in file order.
 * @returns The number of rows and of quote characters in the range.
 * @throws {CsvRangeSyntaxError} For a CSV syntax error, with its row and the quotes counted so far.
 * @internal
 */
export function readCsvRange(
  file: string,
  options: ReadCsvRangeOptions,
  onRecord: (cells: string[], row: number) => void,
): Promise<CsvRangeSummary> {
  const { start, end, onBytes } = options;
  if (end <= start) return Promise.resolve({ rows: 0, quotes: 0 });
  return new Promise((resolve, reject) => {
    let quotes = 0;
    let rows = 0;
    let settled = false;
    // Empty lines are kept (as one empty cell) and counted here, rather than asking csv-parse for the
    // `info` of every record: that object costs more than the parsing itself.
    const parser = parse({
      bom: options.bom ?? false,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    });
    const input = createReadStream(file, { start, end: end - 1, highWaterMark: 1 << 20 });
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      input.destroy();
      parser.destroy();
      if (error instanceof CsvError) {
        reject(new CsvRangeSyntaxError({ message: error.message, row: failedRow(error, rows) }, quotes));
      } else reject(error);
    };
    input.on('data', (chunk) => {
      const bytes = chunk as Buffer;
      for (let at = bytes.indexOf(QUOTE); at >= 0; at = bytes.indexOf(QUOTE, at + 1)) quotes++;
      onBytes?.(bytes.length);
    });
    input.on('error', fail);
    parser.on('error', fail);
    parser.on('readable', () => {
      try {
        for (
          let record = parser.read() as string[] | null;
          record !== null;
          record = parser.read() as string[] | null
        ) {
          rows++;
          if (record.length === 1 && record[0] === '') continue;
          onRecord(record, rows);
        }
      } catch (error) {
        fail(error);
      }
    });
    parser.on('end', () => {
      if (settled) return;
      settled = true;
      resolve({ rows, quotes });
    });
    input.pipe(parser);
  });
}

/** Where csv-parse stopped: the records it had read (empty lines included) before the bad one. */
function failedRow(error: CsvError, rows: number): number {
  const records = (error as CsvError & { records?: unknown }).records;
  return (typeof records === 'number' ? Math.max(records, rows) : rows) + 1;
}
