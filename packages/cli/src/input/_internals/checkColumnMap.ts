import { describeValue, ReceivablesError } from '@receivables/core';
import type { InputKind } from '../InputKind.ts';
import { inputColumns } from '../inputColumns.ts';
import { fieldColumns, isInputField } from './fieldColumns.ts';

/**
 * Checks a `--map` against the input contract: known kinds, known fields (customers also take
 * `tag.<key>`), and no two fields of a kind read from the same column.
 *
 * @internal
 * @throws {ReceivablesError} `INVALID_OPTION` naming every mistake.
 */
export function checkColumnMap(
  columnMap: Readonly<Record<string, Readonly<Record<string, string>>>>,
  api: string,
): void {
  const mistakes: string[] = [];
  for (const [kind, map] of Object.entries(columnMap)) {
    if (!Object.hasOwn(inputColumns, kind)) {
      mistakes.push(`${describeValue(kind)} is not an input kind (${Object.keys(inputColumns).join(', ')})`);
      continue;
    }
    const inputKind = kind as InputKind;
    for (const field of Object.keys(map)) {
      if (!isInputField(inputKind, field)) {
        const fields = inputColumns[inputKind].map((column) => column.field).join(', ');
        mistakes.push(`${kind}.${field}: ${kind} have no field ${describeValue(field)} (${fields})`);
      }
    }
    const fieldByColumn = new Map<string, string>();
    for (const [field, column] of Object.entries(fieldColumns(inputKind, map))) {
      const other = fieldByColumn.get(column);
      if (other !== undefined) {
        mistakes.push(
          `${kind}: ${other} and ${field} would both be read from column ${describeValue(column)}`,
        );
      }
      fieldByColumn.set(column, field);
    }
  }
  if (mistakes.length === 0) return;
  throw new ReceivablesError('INVALID_OPTION', `${api}: --map ${mistakes.join('; ')}`, {
    details: { option: '--map', mistakes },
  });
}
