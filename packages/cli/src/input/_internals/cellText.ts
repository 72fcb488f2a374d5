import type { RowCells } from '../RowCells.ts';

/** A cell's text without the spaces around it; `undefined` when the cell is absent or blank. @internal */
export function cellText(cells: RowCells, field: string): string | undefined {
  const raw = cells[field];
  if (raw === undefined) return undefined;
  const text = raw.trim();
  return text === '' ? undefined : text;
}
