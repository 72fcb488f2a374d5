import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CsvError, parse } from 'csv-parse/sync';

/** A CSV file's header and where its records start. @internal */
export interface CsvHeader {
  /** The column names, as written (a byte-order mark removed). */
  readonly columns: readonly string[];
  /** The byte offset of the first record after the header. */
  readonly bodyStart: number;
  /** The file's size in bytes. */
  readonly size: number;
  /** csv-parse's message when the header is not valid CSV (then there are no columns). */
  readonly error?: string;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const CHUNK = 64 * 1024;

/**
 * Reads the header record of a CSV file: the bytes up to the first line break outside quotes, parsed
 * with csv-parse. An empty file has no columns.
 *
 * @param file - The file's path.
 * @returns The column names, the offset of the first record and the file's size.
 * @throws The file-system error when the file cannot be read.
 * @internal
 */
export function readCsvHeader(file: string): CsvHeader {
  const descriptor = openSync(file, 'r');
  try {
    const size = fstatSync(descriptor).size;
    const bodyStart = findHeaderEnd(descriptor, size);
    if (bodyStart === 0) return { columns: [], bodyStart, size };
    const bytes = Buffer.alloc(bodyStart);
    readSync(descriptor, bytes, 0, bodyStart, 0);
    let records: string[][];
    try {
      records = parse(bytes, {
        bom: true,
        relax_column_count: true,
        record_delimiter: ['\r\n', '\n', '\r'],
      }) as string[][];
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      return { columns: [], bodyStart, size, error: error.message };
    }
    return { columns: records[0] ?? [], bodyStart, size };
  } finally {
    closeSync(descriptor);
  }
}

function findHeaderEnd(descriptor: number, size: number): number {
  const buffer = Buffer.alloc(CHUNK);
  let inQuotes = false;
  for (let position = 0; position < size; position += CHUNK) {
    const length = readSync(descriptor, buffer, 0, Math.min(CHUNK, size - position), position);
    for (let index = 0; index < length; index++) {
      const byte = buffer[index];
      if (byte === QUOTE) inQuotes = !inQuotes;
      else if (!inQuotes && byte === LF) return position + index + 1;
      else if (!inQuotes && byte === CR) {
        const next = index + 1 < length ? buffer[index + 1] : peek(descriptor, position + index + 1, size);
        return position + index + (next === LF ? 2 : 1);
      }
    }
  }
  return size;
}

function peek(descriptor: number, position: number, size: number): number | undefined {
  if (position >= size) return undefined;
  const one = Buffer.alloc(1);
  readSync(descriptor, one, 0, 1, position);
  return one[0];
}
