import type { OutputTable } from '../program/CliCommand.ts';

/**
 * Writes output tables as GitHub-flavoured Markdown: each table under a `##` heading with its title, a
 * header row of the column labels, right-aligned numeric columns (`---:`), then its notes as a list.
 * Cell text is escaped so it cannot break the table: `\` and `|` get a backslash, line breaks become
 * `<br>`.
 *
 * @param tables - The tables, in order.
 * @returns The Markdown text, tables separated by a blank line.
 *
 * @example
 * ```ts
 * import { renderMarkdown } from '@receivables/cli';
 *
 * const md = renderMarkdown([
 *   {
 *     id: 'kpis',
 *     title: 'KPIs',
 *     columns: [{ key: 'kpi', label: 'KPI' }, { key: 'value', label: 'Value', align: 'right' }],
 *     rows: [{ kpi: 'DSO | standard', value: '50.00' }],
 *     notes: ['Rounded for display.'],
 *   },
 * ]);
 * console.log(md.split('\n').slice(2, 5)); // ["| KPI | Value |","| --- | ---: |","| DSO \\| standard | 50.00 |"]
 * ```
 */
export function renderMarkdown(tables: readonly OutputTable[]): string {
  return tables.map(markdownTable).join('\n');
}

function markdownTable(table: OutputTable): string {
  const lines = [`## ${escapeInline(table.title)}`, ''];
  lines.push(`| ${table.columns.map((column) => escapeCell(column.label)).join(' | ')} |`);
  lines.push(`| ${table.columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`);
  for (const row of table.rows) {
    lines.push(`| ${table.columns.map((column) => escapeCell(row[column.key] ?? '')).join(' | ')} |`);
  }
  const notes = table.notes ?? [];
  if (notes.length > 0) lines.push('', ...notes.map((note) => `- ${escapeInline(note)}`));
  return `${lines.join('\n')}\n`;
}

function escapeCell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|');
}

// Titles and notes are one line each; a backslash is doubled so that it shows as written.
function escapeInline(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '<br>');
}
