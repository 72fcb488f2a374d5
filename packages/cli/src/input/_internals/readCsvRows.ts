import type { InputKind } from '../InputKind.ts';
import type { InputProblem } from '../InputProblem.ts';
import type { RowContext } from '../RowContext.ts';
import { resolveCsvHeader } from '../resolveCsvHeader.ts';
import { listFromText } from './cellReaders.ts';
import { cellText } from './cellText.ts';
import type { FileRows } from './FileRows.ts';
import { readCsvTable } from './readCsvTable.ts';
import { portfolioValueOf, rowConverters } from './rowConverters.ts';
import { rowReferences, type SourceRow } from './SourceRow.ts';

/**
 * Reads a CSV input file into records: the header against the contract (after `--map`), then every
 * row through its kind's converter. A row with more or fewer cells than the header has columns is a
 * problem of that row.
 *
 * @internal
 */
export function readCsvRows(
  kind: InputKind,
  file: string,
  fileIndex: number,
  text: string,
  map: Readonly<Record<string, string>> | undefined,
  serial: { next: number },
): FileRows {
  const table = readCsvTable(text, file);
  if ('code' in table) return { rows: [], fatal: [table], ignored: [], records: 0 };
  const header = resolveCsvHeader(kind, table.header, file, map);
  // Without a required column (or with one twice) no row can be read as the contract means it.
  if (header.fatal.length > 0)
    return { rows: [], fatal: header.fatal, ignored: header.unread, records: table.rows.length };
  const context: RowContext = { file, columns: header.columns };
  const convert = rowConverters[kind];
  const rows: SourceRow[] = [];
  for (const { cells: raw, row } of table.rows) {
    const cells: Record<string, string> = {};
    header.fields.forEach((field, index) => {
      if (field !== undefined) cells[field] = raw[index] ?? '';
    });
    const problems: InputProblem[] = [];
    if (raw.length !== table.header.length) {
      const reason = `the row has ${raw.length} cells but the header names ${table.header.length} columns`;
      problems.push({ file, row, code: 'INVALID_INPUT_FILE', reason });
    }
    const converted = convert(cells, row, context);
    if (!converted.ok) problems.push(...converted.problems);
    const references = rowReferences(
      kind,
      (field) => cellText(cells, field),
      () => listFromText(cellText(cells, 'invoiceIds') ?? ''),
    );
    rows.push({
      serial: serial.next++,
      kind,
      fileIndex,
      location: { file, row, columns: header.columns, jsonPath: [] },
      value: converted.ok ? portfolioValueOf(kind, converted.value) : undefined,
      ...references,
      parent: undefined,
      number:
        converted.ok && kind === 'instalments' ? (converted.value as { number?: number }).number : undefined,
      nested: false,
      problems,
      cascade: undefined,
      dead: problems.length > 0,
    });
  }
  return { rows, fatal: header.fatal, ignored: header.unread, records: table.rows.length };
}
