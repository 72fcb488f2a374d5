import { problemCodeOfIssue } from '../input/_internals/problemCodeOfIssue.ts';
import type { InputProblem } from '../input/InputProblem.ts';
import { readCsvRange } from './readCsvRange.ts';
import type { StreamFile } from './StreamFile.ts';
import type { StreamFields } from './streamFields.ts';

/**
 * Finds invoice ids used by more than one valid row, from the hashes of every valid row's id: hashes
 * that repeat point at the rows to compare, which one more pass over the file reads (only then). Each
 * later row of a repeated id is a problem, as core's `duplicate_id` is.
 *
 * @param file - The invoices file.
 * @param body - Where its records start and the file's size.
 * @param fields - Its layout.
 * @param hashes - The id hash of each valid row.
 * @param rows - Each hashed row's spreadsheet row.
 * @returns One problem per repeating row, in row order.
 * @internal
 */
export async function findRepeatedInvoices(
  file: StreamFile,
  body: { readonly start: number; readonly end: number },
  fields: StreamFields,
  hashes: Float64Array,
  rows: Float64Array,
): Promise<InputProblem[]> {
  const sorted = hashes.slice().sort();
  const repeated = new Set<number>();
  for (let index = 1; index < sorted.length; index++) {
    if (sorted[index] === sorted[index - 1]) repeated.add(sorted[index]!);
  }
  if (repeated.size === 0) return [];
  const suspects = new Set<number>();
  hashes.forEach((hash, index) => {
    if (repeated.has(hash)) suspects.add(rows[index]!);
  });
  const idAt = fields.indexes.get('id') ?? -1;
  const rowsById = new Map<string, number[]>();
  await readCsvRange(file.path, body, (record, localRow) => {
    const row = localRow + 1;
    if (!suspects.has(row)) return;
    const id = record[idAt]?.trim() ?? '';
    const list = rowsById.get(id);
    if (list === undefined) rowsById.set(id, [row]);
    else list.push(row);
  });
  const problems: InputProblem[] = [];
  for (const [id, list] of rowsById) {
    for (const row of list.slice(1)) {
      problems.push({
        file: file.label,
        row,
        column: fields.columns.id ?? 'id',
        value: id,
        code: problemCodeOfIssue('duplicate_id', 'INVALID_PORTFOLIO'),
        reason: `invoice id ${JSON.stringify(id)} is already used by row ${list[0]}`,
      });
    }
  }
  return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
