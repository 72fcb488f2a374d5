import type { CustomerInput } from '@receivables/core';
import { cellText } from '../_internals/cellText.ts';
import type { RowCells } from '../RowCells.ts';
import type { RowContext } from '../RowContext.ts';
import type { RowResult } from '../RowResult.ts';

const TAG = 'tag.';

/**
 * Reads one row of a customers file: `id`, `name`, `group`, `onboardedOn`, and every `tag.<key>`
 * cell that is not empty as `tags[key]`. Nothing is validated here: core's `CustomerSchema` (through
 * `parsePortfolio`) judges the record.
 *
 * @param cells - The row's cells by field.
 * @param _row - The row number (unused: a customer row always converts).
 * @param _context - The file and its columns (unused, likewise).
 * @returns The customer input record.
 *
 * @example
 * ```ts
 * import { customerFromRow } from '@receivables/cli';
 *
 * const result = customerFromRow({ id: 'C1', name: ' Hengda Trading ', 'tag.region': 'East', 'tag.salesperson': '' }, 2, { file: 'customers.csv' });
 * console.log(result.ok && result.value.name, result.ok && result.value.tags); // Hengda Trading {"region":"East"}
 * ```
 */
export function customerFromRow(
  cells: RowCells,
  _row: number,
  _context: RowContext,
): RowResult<CustomerInput> {
  let tags: Record<string, string> | undefined;
  for (const field in cells) {
    if (!field.startsWith(TAG)) continue;
    const text = cellText(cells, field);
    if (text === undefined) continue;
    tags ??= {};
    tags[field.slice(TAG.length)] = text;
  }
  const customer = {
    id: cellText(cells, 'id'),
    name: cellText(cells, 'name'),
    group: cellText(cells, 'group'),
    tags,
    onboardedOn: cellText(cells, 'onboardedOn'),
  };
  // A required cell left empty stays undefined, for core's schema to report.
  return { ok: true, value: customer as CustomerInput };
}
