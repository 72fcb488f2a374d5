import type { MatrixCell, MatrixRow } from './MatrixCell.ts';

const MARKS: Readonly<Record<MatrixCell['status'], string>> = {
  pass: '✓',
  fail: '✗',
  'n/a': '—',
  skipped: 'skipped',
};

/**
 * Renders the matrix as a Markdown table: ✓ passed, ✗ failed, — does not apply, with each cell's note.
 *
 * @param title - The header of the first column.
 * @param columns - The other columns' headers.
 * @param rows - The rows, each with one cell per column.
 * @returns The table, one line per row, ending with a newline.
 *
 * @example
 * ```ts
 * import { formatMatrix } from '@receivables/quality';
 *
 * const table = formatMatrix('entry', ['ESM', 'CJS'], [
 *   { label: '`@receivables/cli`', cells: [{ status: 'pass' }, { status: 'n/a' }] },
 *   { label: '`@receivables/core`', cells: [{ status: 'pass', note: '3 lines' }, { status: 'fail' }] },
 * ]);
 * console.log(table.split('\n')[2]); // | `@receivables/cli` | ✓ | — |
 * console.log(table.split('\n')[3]); // | `@receivables/core` | ✓ 3 lines | ✗ |
 * ```
 */
export function formatMatrix(title: string, columns: readonly string[], rows: readonly MatrixRow[]): string {
  const lines = [`| ${[title, ...columns].join(' | ')} |`, `|${' --- |'.repeat(columns.length + 1)}`];
  for (const row of rows) {
    const cells = columns.map((_column, index) => {
      const cell = row.cells[index] ?? { status: 'n/a' };
      return cell.note === undefined ? MARKS[cell.status] : `${MARKS[cell.status]} ${cell.note}`;
    });
    lines.push(`| ${[row.label, ...cells].join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
