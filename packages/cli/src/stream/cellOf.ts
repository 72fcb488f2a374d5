import type { StreamFields } from './streamFields.ts';

/**
 * A field's cell of a record without the spaces around it; `undefined` when the file has no such column
 * or the cell is blank (the loader's `cellText`).
 *
 * @param record - The record's cells in header order.
 * @param fields - The file's layout.
 * @param field - The field.
 * @returns The text, or `undefined`.
 * @internal
 */
export function cellOf(record: readonly string[], fields: StreamFields, field: string): string | undefined {
  const at = fields.indexes.get(field);
  if (at === undefined) return undefined;
  const text = record[at]?.trim();
  return text === '' ? undefined : text;
}
