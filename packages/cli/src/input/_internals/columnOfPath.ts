import { formatPath } from '@receivables/core';
import type { RecordLocation } from './RecordLocation.ts';

/**
 * The column (CSV) or JSON path (JSON) of a path inside a record: `amount`, `tag.region`,
 * `instalments[1].amount`; `undefined` for the record as a whole in a CSV file.
 *
 * @internal
 */
export function columnOfPath(
  location: RecordLocation,
  path: readonly (string | number)[],
): string | undefined {
  const { columns } = location;
  if (columns === undefined) {
    const full = [...location.jsonPath, ...path];
    return full.length === 0 ? undefined : formatPath(full);
  }
  const [field, key] = path;
  if (typeof field !== 'string') return undefined;
  if (field === 'tags' && typeof key === 'string') return columns[`tag.${key}`] ?? `tag.${key}`;
  return columns[field] ?? field;
}
