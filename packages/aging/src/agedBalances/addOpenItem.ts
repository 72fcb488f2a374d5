import { agedBalancesAddItem } from '../_internals/agedBalancesCell.ts';
import type { OpenItem } from '../openItems/OpenItem.ts';
import type { AgingAccumulator } from './AgingAccumulator.ts';

/**
 * Adds one open item to an accumulator (the issue's `add`), changing the accumulator in place and
 * returning it: the hot loop of aging, with no allocation per item beyond a customer's or currency's
 * first cell.
 *
 * The item goes to the bucket of its measure (days past due `asOf − dueDate`, age `asOf − documentDate`,
 * or started calendar years, by basis and unit; spec §2.1–2.2), under its customer and currency. Its
 * counted amount (`openMinor`, or `openMinor − disputedMinor` when disputed amounts are excluded) adds
 * to the bucket's balance and, when days past due > 0, to the overdue balance; the disputed part adds
 * beside; `counted × days past due` adds to the weighted sum behind the average days past due. Sums are
 * exact integers: safe-integer numbers that move into `bigint` before they could lose a unit.
 *
 * @param accumulator - From `createAgingAccumulator`; it is modified.
 * @param item - An open item, e.g. from `computeOpenItems`.
 * @returns The same accumulator, for chaining.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when `openMinor` is not a positive safe integer or
 *   `disputedMinor` not a whole number from 0 to `openMinor`; `INVALID_DATE` for a malformed date;
 *   `INVALID_CURRENCY` for an unknown currency code.
 *   The accumulator is unchanged when it throws.
 *
 * @example
 * ```ts
 * import { addOpenItem, agingResult, createAgingAccumulator } from '@receivables/aging';
 *
 * const accumulator = createAgingAccumulator({ asOf: '2026-06-30' });
 * const item = {
 *   customerId: 'C1', invoiceId: 'INV-1', instalment: 1, role: 'final', currency: 'CNY',
 *   documentDate: '2026-05-01', dueDate: '2026-05-31', originalMinor: 80000, openMinor: 80000, disputedMinor: 30000,
 * } as const;
 * addOpenItem(accumulator, item);
 * const line = agingResult(accumulator).customers[0];
 * console.log(line?.oldestDaysPastDue, line?.overdue.toFixed(2), line?.overdueExcludingDisputed.toFixed(2)); // 30 800.00 500.00
 * ```
 */
export function addOpenItem(accumulator: AgingAccumulator, item: OpenItem): AgingAccumulator {
  // The body lives in one module with the cell arithmetic it calls, so the engine can inline it.
  return agedBalancesAddItem(accumulator, item);
}
