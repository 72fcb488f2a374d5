import { describeValue, ReceivablesError } from '@receivables/core';
import { agedBalancesAddItem, agedBalancesAddItems } from '../_internals/agedBalancesCell.ts';
import type { OpenItem } from '../openItems/OpenItem.ts';
import type { AgingAccumulator } from './AgingAccumulator.ts';

/**
 * Adds many open items to an accumulator, in place: from an array or any iterable synchronously, or
 * from an async iterable (a database cursor, a file stream, a worker's channel) item by item without
 * holding them all in memory.
 *
 * @param accumulator - From `createAgingAccumulator`; it is modified.
 * @param items - The items; each goes through `addOpenItem`.
 * @returns The same accumulator; a promise of it for an async iterable.
 * @throws {ReceivablesError} What `addOpenItem` throws, for the first bad item (the items before it stay
 *   added); `INVALID_ARGUMENT` when `items` is not iterable. For an async iterable the promise rejects.
 *
 * @example
 * ```ts
 * import type { OpenItem } from '@receivables/aging';
 * import { addOpenItems, agingResult, createAgingAccumulator } from '@receivables/aging';
 *
 * async function* fromCursor(): AsyncGenerator<OpenItem> {
 *   for (const [invoiceId, dueDate] of [['INV-1', '2026-06-01'], ['INV-2', '2026-07-15']] as const) {
 *     yield {
 *       customerId: 'C1', invoiceId, instalment: 1, role: 'final', currency: 'CNY',
 *       documentDate: '2026-05-01', dueDate, originalMinor: 10000, openMinor: 10000, disputedMinor: 0,
 *     };
 *   }
 * }
 * const accumulator = await addOpenItems(createAgingAccumulator({ asOf: '2026-06-30' }), fromCursor());
 * const cny = agingResult(accumulator).currencies[0];
 * console.log(cny?.count, cny?.overdue.toFixed(2)); // 2 100.00
 * ```
 */
export function addOpenItems(accumulator: AgingAccumulator, items: Iterable<OpenItem>): AgingAccumulator;
export function addOpenItems(
  accumulator: AgingAccumulator,
  items: AsyncIterable<OpenItem>,
): Promise<AgingAccumulator>;
export function addOpenItems(
  accumulator: AgingAccumulator,
  items: Iterable<OpenItem> | AsyncIterable<OpenItem>,
): AgingAccumulator | Promise<AgingAccumulator>;
export function addOpenItems(
  accumulator: AgingAccumulator,
  items: Iterable<OpenItem> | AsyncIterable<OpenItem>,
): AgingAccumulator | Promise<AgingAccumulator> {
  if (typeof items === 'object' && items !== null) {
    if (Symbol.iterator in items) return agedBalancesAddItems(accumulator, items);
    if (Symbol.asyncIterator in items) return addAsync(accumulator, items);
  }
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `addOpenItems: items ${describeValue(items)} is neither an iterable nor an async iterable of open items`,
    { details: { value: describeValue(items) } },
  );
}

async function addAsync(
  accumulator: AgingAccumulator,
  items: AsyncIterable<OpenItem>,
): Promise<AgingAccumulator> {
  for await (const item of items) agedBalancesAddItem(accumulator, item);
  return accumulator;
}
