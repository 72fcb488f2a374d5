import type { ReferencedKind, SourceRow } from './SourceRow.ts';

/** The first record of each id, by referenced kind. @internal */
export type ReferenceIndex = Readonly<Record<ReferencedKind, ReadonlyMap<string, SourceRow>>>;

/**
 * Indexes the records others refer to by id: the first live record of each id (`dead: false`), or the
 * first dead record of each id that no live record holds (`dead: true`).
 *
 * @internal
 */
export function referenceIndex(
  rows: readonly SourceRow[],
  dead: boolean,
  alive?: ReferenceIndex,
): ReferenceIndex {
  const index = {
    customers: new Map<string, SourceRow>(),
    invoices: new Map<string, SourceRow>(),
    payments: new Map<string, SourceRow>(),
    'credit-notes': new Map<string, SourceRow>(),
  };
  for (const row of rows) {
    if (row.dead !== dead || row.id === undefined || row.parent !== undefined) continue;
    if (
      row.kind !== 'customers' &&
      row.kind !== 'invoices' &&
      row.kind !== 'payments' &&
      row.kind !== 'credit-notes'
    )
      continue;
    const byId = index[row.kind];
    if (!byId.has(row.id) && !alive?.[row.kind].has(row.id)) byId.set(row.id, row);
  }
  return index;
}
