import type { AgingAccumulator } from '../agedBalances/AgingAccumulator.ts';
import type { AgingCell } from '../agedBalances/AgingCell.ts';
import { agedBalancesAddCell, agedBalancesNewCell } from './agedBalancesCell.ts';
import { compareText } from './openItemsCompareText.ts';

/** A line's key and its cells by currency. @internal */
export interface AgedBalancesGroup<K> {
  readonly key: K;
  readonly byCurrency: Map<string, AgingCell>;
}

/**
 * Adds the customer cells up by a key derived from the customer (the currency total, a tag value),
 * keeping currencies apart: the hot loop fills only customer cells, and every other total is derived
 * here, once, from far fewer cells than items.
 *
 * @internal
 */
export function agedBalancesGroupCells<K>(
  accumulator: AgingAccumulator,
  keyOf: (customerId: string) => K,
): Map<K, AgedBalancesGroup<K>> {
  const size = 3 * accumulator.upperBounds.length + 4;
  const groups = new Map<K, AgedBalancesGroup<K>>();
  for (const [customerId, byCurrency] of accumulator.cells) {
    const key = keyOf(customerId);
    let group = groups.get(key);
    if (group === undefined) {
      group = { key, byCurrency: new Map() };
      groups.set(key, group);
    }
    for (const [currency, cell] of byCurrency) {
      let target = group.byCurrency.get(currency);
      if (target === undefined) {
        target = agedBalancesNewCell(size);
        group.byCurrency.set(currency, target);
      }
      agedBalancesAddCell(target, cell);
    }
  }
  return groups;
}

/** The entries of a map sorted by key in code-unit order. @internal */
export function agedBalancesSorted<V>(map: ReadonlyMap<string, V>): [string, V][] {
  return [...map].sort(([a], [b]) => compareText(a, b));
}
