import type { InputKind } from '../InputKind.ts';
import { inputColumns } from '../inputColumns.ts';

/** The tag columns of a customers file: `tag.<key>`. @internal */
export const TAG_PREFIX = 'tag.';

/** Whether `field` names a field of `kind` (for customers, also `tag.<key>`). @internal */
export function isInputField(kind: InputKind, field: string): boolean {
  if (kind === 'customers' && field.startsWith(TAG_PREFIX) && field.length > TAG_PREFIX.length) return true;
  return inputColumns[kind].some((column) => column.field === field);
}

/**
 * The column of every field of `kind` after `--map`, by field: the field's own name unless the map
 * renames it. Mapped tag columns are included.
 *
 * @internal
 */
export function fieldColumns(
  kind: InputKind,
  map: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const { field } of inputColumns[kind]) columns[field] = map?.[field] ?? field;
  for (const [field, column] of Object.entries(map ?? {})) columns[field] = column;
  return columns;
}
