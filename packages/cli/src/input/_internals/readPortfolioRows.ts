import { describeValue } from '@receivables/core';
import type { FileRows } from './FileRows.ts';
import { jsonRecordRows } from './readJsonRows.ts';
import { readJsonText } from './readJsonText.ts';
import { LIST_OF, type ListKind, type SourceRow } from './SourceRow.ts';

const KIND_OF_LIST: ReadonlyMap<string, ListKind> = new Map(
  Object.entries(LIST_OF).map(([kind, list]) => [list, kind as ListKind]),
);

/**
 * Reads a `--portfolio` file (the shape `serializePortfolio` writes) into records. Its problems are
 * named by JSON path from the file's root (`invoices[3].amount`), without a row number.
 *
 * @internal
 */
export function readPortfolioRows(
  file: string,
  fileIndex: number,
  text: string,
  serial: { next: number },
): FileRows {
  const parsed = readJsonText(text, file);
  if ('code' in parsed) return { rows: [], fatal: [parsed], ignored: [], records: 0 };
  const document = parsed.value;
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    const reason = `holds ${describeValue(document)}: a portfolio file holds an object with the lists ${[...KIND_OF_LIST.keys()].join(', ')}`;
    return { rows: [], fatal: [{ file, code: 'INVALID_INPUT_FILE', reason }], ignored: [], records: 0 };
  }
  const rows: SourceRow[] = [];
  const fatal: FileRows['fatal'][number][] = [];
  let records = 0;
  for (const [list, elements] of Object.entries(document)) {
    const kind = KIND_OF_LIST.get(list);
    if (kind === undefined) {
      const reason = `unknown list ${describeValue(list)}: a portfolio file has the lists ${[...KIND_OF_LIST.keys()].join(', ')}`;
      fatal.push({ file, column: list, code: 'INVALID_INPUT_FILE', reason });
      continue;
    }
    if (elements === undefined) continue;
    if (!Array.isArray(elements)) {
      const reason = `${list} holds ${describeValue(elements)}, not an array of records`;
      fatal.push({ file, column: list, code: 'INVALID_INPUT_FILE', reason });
      continue;
    }
    records += elements.length;
    elements.forEach((element: unknown, index) => {
      const location = { file, row: undefined, columns: undefined, jsonPath: [list, index] };
      rows.push(...jsonRecordRows(kind, element, location, fileIndex, serial));
    });
  }
  return { rows, fatal, ignored: [], records };
}
