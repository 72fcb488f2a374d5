import { describeValue } from '@receivables/core';
import { fieldColumns, TAG_PREFIX } from './_internals/fieldColumns.ts';
import type { CsvHeader } from './CsvHeader.ts';
import type { InputKind } from './InputKind.ts';
import type { InputProblem } from './InputProblem.ts';
import { inputColumns } from './inputColumns.ts';

/**
 * Matches a CSV header to the fields of an input kind after `--map`: which field each column is read
 * into (customers also read every `tag.<key>` column), and what is wrong with the header. A column the
 * contract does not know is reported, never silently dropped. A streaming reader uses it to turn each
 * row's cells into the `RowCells` the row converters take, and `columns` as their `RowContext`.
 *
 * @param kind - The input kind of the file.
 * @param header - The header row's cells; spaces around a name are ignored.
 * @param file - The file as named on the command line, for the problems.
 * @param map - The kind's `--map` (field to column), if any.
 *   @defaultValue `{}`
 * @returns The fields by position, the columns by field, and the problems (`INVALID_INPUT_FILE`).
 *
 * @example
 * ```ts
 * import { resolveCsvHeader } from '@receivables/cli';
 *
 * const header = resolveCsvHeader('invoices', ['id', 'customerId', 'currency', 'issueDate', 'Betrag', 'amout'], 'invoices.csv', { amount: 'Betrag' });
 * console.log(header.fields); // ["id","customerId","currency","issueDate","amount",null]
 * console.log(header.unread.map((problem) => problem.column), header.fatal.length); // ["amout"] 0
 * ```
 */
export function resolveCsvHeader(
  kind: InputKind,
  header: readonly string[],
  file: string,
  map: Readonly<Record<string, string>> = {},
): CsvHeader {
  const columnByField = fieldColumns(kind, map);
  const fieldByColumn = new Map(Object.entries(columnByField).map(([field, column]) => [column, field]));
  const fields: (string | undefined)[] = [];
  const columns: Record<string, string> = {};
  const fatal: InputProblem[] = [];
  const unread: InputProblem[] = [];
  header.forEach((cell, index) => {
    const name = cell.trim();
    let field = fieldByColumn.get(name);
    if (
      field === undefined &&
      kind === 'customers' &&
      name.startsWith(TAG_PREFIX) &&
      name.length > TAG_PREFIX.length
    ) {
      field = name;
    }
    if (field === undefined) {
      fields.push(undefined);
      unread.push(unknownColumn(kind, name, index, file, [...fieldByColumn.keys()]));
      return;
    }
    if (Object.hasOwn(columns, field)) {
      fields.push(undefined);
      const reason = `column ${describeValue(name)} appears twice in the header (columns ${header.findIndex((other) => other.trim() === name) + 1} and ${index + 1})`;
      fatal.push({ file, column: name, code: 'INVALID_INPUT_FILE', reason });
      return;
    }
    fields.push(field);
    columns[field] = name;
  });
  for (const { field, required } of inputColumns[kind]) {
    if (!required || Object.hasOwn(columns, field)) continue;
    const column = columnByField[field] ?? field;
    const renamed = column === field ? '' : ` (${kind}.${field} by --map)`;
    const reason = `the required column ${describeValue(column)}${renamed} is missing`;
    fatal.push({ file, column, code: 'INVALID_INPUT_FILE', reason });
  }
  return { fields, columns, fatal, unread };
}

function unknownColumn(
  kind: InputKind,
  name: string,
  index: number,
  file: string,
  known: readonly string[],
): InputProblem {
  if (name === '') {
    const reason = `column ${index + 1} has no name, so its cells would not be read`;
    return { file, column: `#${index + 1}`, code: 'INVALID_INPUT_FILE', reason };
  }
  const hint = closest(name, known);
  const tags = kind === 'customers' ? ' or tag.<key>' : '';
  const suggestion = hint === undefined ? '' : `; did you mean ${describeValue(hint)}?`;
  const reason = `unknown column ${describeValue(name)}: ${kind} files have the columns ${known.join(', ')}${tags}${suggestion}`;
  return { file, column: name, code: 'INVALID_INPUT_FILE', reason };
}

/** The known column nearest to a misspelt one (same letters in another case, or two edits away). */
function closest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { readonly column: string; readonly distance: number } | undefined;
  for (const column of known) {
    const distance = column.toLowerCase() === lower ? 0 : editDistance(lower, column.toLowerCase());
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { column, distance };
  }
  return best?.column;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
