import type { AllocationStrategy } from '../openItems/AllocationStrategy.ts';
import { compareText } from './openItemsCompareText.ts';
import type { OpenItemsSlot } from './openItemsSlots.ts';
import type { OpenItemsSource } from './openItemsSources.ts';

type ByAccount<T> = Map<string, Map<string, T[]>>;

/**
 * Applies what no application names by the strategy, per customer and currency: the records in
 * (date, id) order against the open instalments in the strategy's order. One sort of the open
 * instalments and one walk, so the work is O(n log n).
 *
 * @internal
 */
export function openItemsApplyRemainders(
  sources: readonly OpenItemsSource[],
  slots: readonly OpenItemsSlot[],
  strategy: AllocationStrategy,
): void {
  if (strategy === 'none') return;
  const paying: ByAccount<OpenItemsSource> = new Map();
  for (const source of sources) {
    if (source.free > 0) push(paying, source.record.customerId, source.record.currency, source);
  }
  if (paying.size === 0) return;
  const open: ByAccount<OpenItemsSlot> = new Map();
  for (const slot of slots) {
    if (slot.openMinor > 0 && paying.get(slot.invoice.customerId)?.has(slot.invoice.currency)) {
      push(open, slot.invoice.customerId, slot.invoice.currency, slot);
    }
  }
  const order = strategy === 'oldestDue' ? byOldestDue : byOldestIssued;
  for (const [customerId, byCurrency] of open) {
    for (const [currency, targets] of byCurrency) {
      targets.sort(order);
      settle(paying.get(customerId)?.get(currency) ?? [], targets);
    }
  }
}

function settle(payers: readonly OpenItemsSource[], targets: readonly OpenItemsSlot[]): void {
  let next = 0;
  for (const payer of payers) {
    while (payer.free > 0 && next < targets.length) {
      const slot = targets[next]!;
      const take = Math.min(payer.free, slot.openMinor);
      slot.openMinor -= take;
      payer.free -= take;
      payer.applied += take;
      if (slot.openMinor === 0) next++;
    }
    if (next === targets.length) return;
  }
}

function push<T>(map: ByAccount<T>, customerId: string, currency: string, value: T): void {
  let byCurrency = map.get(customerId);
  if (byCurrency === undefined) {
    byCurrency = new Map();
    map.set(customerId, byCurrency);
  }
  const list = byCurrency.get(currency);
  if (list === undefined) byCurrency.set(currency, [value]);
  else list.push(value);
}

function byOldestDue(a: OpenItemsSlot, b: OpenItemsSlot): number {
  return (
    a.dueDay - b.dueDay ||
    a.issueDay - b.issueDay ||
    compareText(a.invoice.id, b.invoice.id) ||
    a.instalment.index - b.instalment.index
  );
}

function byOldestIssued(a: OpenItemsSlot, b: OpenItemsSlot): number {
  return (
    a.issueDay - b.issueDay ||
    a.dueDay - b.dueDay ||
    compareText(a.invoice.id, b.invoice.id) ||
    a.instalment.index - b.instalment.index
  );
}
