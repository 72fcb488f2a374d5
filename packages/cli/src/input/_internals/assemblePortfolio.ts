import type { PortfolioInput } from '@receivables/core';
import { referenceIndex } from './referenceIndex.ts';
import { CHILDREN_OF, LIST_OF, type SourceRow } from './SourceRow.ts';

/** A record placed in the portfolio input, with the records placed inside it. @internal */
export interface PlacedRecord {
  readonly row: SourceRow;
  /** The record as handed to core, with its instalments or applications. */
  readonly value: unknown;
  readonly children: readonly SourceRow[];
}

/** The portfolio input made of the live records, and where each of its records came from. @internal */
export interface AssembledPortfolio {
  readonly input: PortfolioInput;
  /** By portfolio list, the records in list order. */
  readonly placed: Readonly<Record<string, readonly PlacedRecord[]>>;
}

/**
 * Puts the live records together as core's portfolio input: instalments into their invoice (ordered by
 * `number` when the rows are numbered, by row order otherwise), applications into their payment or
 * credit note, in file order.
 *
 * @internal
 */
export function assemblePortfolio(rows: readonly SourceRow[]): AssembledPortfolio {
  const alive = referenceIndex(rows, false);
  const children = new Map<SourceRow, SourceRow[]>();
  for (const row of rows) {
    if (row.dead) continue;
    const parent =
      row.parent ??
      (row.parentId === undefined
        ? undefined
        : row.kind === 'instalments'
          ? alive.invoices.get(row.parentId)
          : row.kind === 'payment-applications'
            ? alive.payments.get(row.parentId)
            : row.kind === 'credit-note-applications'
              ? alive['credit-notes'].get(row.parentId)
              : undefined);
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(row);
    children.set(parent, list);
  }
  const lists: Record<string, unknown[]> = {};
  const placed: Record<string, PlacedRecord[]> = {};
  for (const list of Object.values(LIST_OF)) {
    lists[list] = [];
    placed[list] = [];
  }
  for (const row of rows) {
    if (row.dead || row.parent !== undefined || !Object.hasOwn(LIST_OF, row.kind)) continue;
    const list = LIST_OF[row.kind as keyof typeof LIST_OF];
    const spec = CHILDREN_OF[row.kind];
    const own = ordered(children.get(row) ?? []);
    const value =
      spec !== undefined &&
      (own.length > 0 || row.nested) &&
      typeof row.value === 'object' &&
      row.value !== null
        ? { ...row.value, [spec.key]: own.map((child) => child.value) }
        : row.value;
    lists[list]?.push(value);
    placed[list]?.push({ row, value, children: own });
  }
  return { input: lists as PortfolioInput, placed };
}

function ordered(children: SourceRow[]): SourceRow[] {
  if (children.every((child) => child.number === undefined)) return children;
  return [...children].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
}
