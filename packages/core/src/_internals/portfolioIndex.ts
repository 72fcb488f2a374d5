import type { RecordRuleContext } from './recordRules.ts';

/** A record and where it sits in its list. @internal */
export interface PortfolioEntry<T> {
  readonly record: T;
  readonly index: number;
}

/** The records of one list by id. @internal */
export interface PortfolioIndex<T> {
  /** The records that passed their own schema, first occurrence of each id. */
  readonly byId: ReadonlyMap<string, PortfolioEntry<T>>;
  /**
   * Whether the id names a record of the list, valid or not: references to a record that failed its
   * own schema are not reported again as unknown.
   */
  readonly knows: (id: string) => boolean;
}

/**
 * Indexes one list of a portfolio by id and reports `duplicate_id` for every later record that reuses
 * an id. `kind` names the record in messages (`invoice`).
 *
 * @internal
 */
export function portfolioIndex<Fields, T extends { readonly id: string }>(
  rule: RecordRuleContext<Fields>,
  list: keyof Fields & string,
  kind: string,
  entries: readonly { readonly item: T; readonly index: number }[],
): PortfolioIndex<T> {
  const byId = new Map<string, PortfolioEntry<T>>();
  for (const { item, index } of entries) {
    const first = byId.get(item.id);
    if (first === undefined) {
      byId.set(item.id, { record: item, index });
      continue;
    }
    const message = `${kind} id ${JSON.stringify(item.id)} is already used by ${list}[${first.index}]`;
    rule.report('duplicate_id', message, item.id, [list, index, 'id']);
  }
  const brokenIds = new Set<string>();
  for (const { item } of rule.brokenItems(list)) {
    const id: unknown = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id === 'string') brokenIds.add(id);
  }
  return { byId, knows: (id) => byId.has(id) || brokenIds.has(id) };
}
