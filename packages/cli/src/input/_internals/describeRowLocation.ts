import { formatPath } from '@receivables/core';
import type { RecordLocation } from './RecordLocation.ts';

/** Where a record is, for a sentence: `invoices.csv row 17`, `portfolio.json at invoices[3]`. @internal */
export function describeRowLocation(location: RecordLocation): string {
  const path = location.jsonPath.length === 0 ? '' : formatPath(location.jsonPath);
  if (location.row === undefined) return `${location.file} at ${path}`;
  return `${location.file} row ${location.row}${path === '' ? '' : `, ${path}`}`;
}
