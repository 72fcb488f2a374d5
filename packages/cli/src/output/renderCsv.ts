import { stringify } from 'csv-stringify/sync';
import type { OutputTable } from '../program/CliCommand.ts';

/**
 * Writes one output table as CSV: a header row of the column keys (stable, not translated), then one
 * record per row in column order; fields quoted only when they hold a comma, a quote or a line break
 * (RFC 4180), records ending with `\n`, no byte-order mark. Title and notes are not part of CSV.
 *
 * @param table - The table to write.
 * @returns The CSV text.
 *
 * @example
 * ```ts
 * import { renderCsv } from '@receivables/cli';
 *
 * const csv = renderCsv({
 *   id: 'customers',
 *   title: 'Customers',
 *   columns: [{ key: 'id', label: 'Id' }, { key: 'name', label: 'Name' }],
 *   rows: [{ id: 'C1', name: 'Hengda Trading, Ltd.' }],
 * });
 * console.log(csv.split('\n')); // ["id,name","C1,\"Hengda Trading, Ltd.\"",""]
 * ```
 */
export function renderCsv(table: OutputTable): string {
  const keys = table.columns.map((column) => column.key);
  const records = table.rows.map((row) => keys.map((key) => row[key] ?? ''));
  return stringify([keys, ...records], { record_delimiter: '\n' });
}
