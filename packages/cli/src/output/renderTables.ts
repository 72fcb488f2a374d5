import Table from 'cli-table3';
import type { OutputTable } from '../program/CliCommand.ts';

/** Options of {@link renderTables}. */
export interface RenderTablesOptions {
  /** Bold titles and headings (ANSI escape codes). @defaultValue `false` */
  readonly colors?: boolean;
}

const BOLD = '\u001b[1m';
const NORMAL = '\u001b[22m';

/**
 * Draws output tables for a terminal: each table's title, the table in box characters (numeric columns
 * right-aligned, wide characters such as Chinese measured as two columns), then its notes, one per line.
 * Without `colors` the text has no escape codes at all, as `NO_COLOR` and redirected output need.
 *
 * @param tables - The tables, in order.
 * @param options - Whether to use bold titles and headings.
 * @returns The text, tables separated by a blank line.
 *
 * @example
 * ```ts
 * import { renderTables } from '@receivables/cli';
 *
 * const text = renderTables([
 *   {
 *     id: 'balances',
 *     title: 'Balances',
 *     columns: [{ key: 'customer', label: 'Customer' }, { key: 'balance', label: 'Balance', align: 'right' }],
 *     rows: [{ customer: 'C1', balance: '1200.00' }, { customer: 'C2', balance: '5.00' }],
 *   },
 * ]);
 * console.log(text.split('\n')[5]); // │ C2       │    5.00 │
 * ```
 */
export function renderTables(tables: readonly OutputTable[], options: RenderTablesOptions = {}): string {
  const colors = options.colors ?? false;
  return tables.map((table) => drawTable(table, colors)).join('\n');
}

function drawTable(table: OutputTable, colors: boolean): string {
  const drawn = new Table({
    head: table.columns.map((column) => (colors ? `${BOLD}${column.label}${NORMAL}` : column.label)),
    colAligns: table.columns.map((column) => column.align ?? 'left'),
    // cli-table3 colours through @colors/colors, which looks at the real process streams: never use it.
    // Compact: one rule under the heading and none between rows, so long tables stay readable.
    style: { head: [], border: [], compact: true },
  });
  for (const row of table.rows) drawn.push(table.columns.map((column) => row[column.key] ?? ''));
  const title = colors ? `${BOLD}${table.title}${NORMAL}` : table.title;
  return `${[title, drawn.toString(), ...(table.notes ?? [])].join('\n')}\n`;
}
