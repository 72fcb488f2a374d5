import { ReceivablesError } from '@receivables/core';
import { agedBalancesAddCell, agedBalancesCopyCell } from '../_internals/agedBalancesCell.ts';
import type { AgingAccumulator } from './AgingAccumulator.ts';
import type { AgingCell } from './AgingCell.ts';

/**
 * Combines two accumulators of the same pass (the issue's `merge`) into a new one, leaving both
 * untouched. Sums add exactly and the oldest days past due is the greater, so merging is commutative and
 * associative: however the items were split across workers and in whatever order the parts are merged,
 * `agingResult` gives exactly what one pass over all items gives.
 *
 * @param first - An accumulator.
 * @param second - An accumulator made with the same options.
 * @returns A new accumulator holding both.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when the two differ in `asOf`, basis, scheme, disputed
 *   treatment, `groupBy` or a customer's tag values.
 *
 * @example
 * ```ts
 * import { addOpenItem, agingResult, createAgingAccumulator, mergeAgingAccumulators } from '@receivables/aging';
 *
 * const item = (customerId: string, openMinor: number) => ({
 *   customerId, invoiceId: `INV-${customerId}`, instalment: 1, role: 'final', currency: 'CNY',
 *   documentDate: '2026-04-01', dueDate: '2026-05-01', originalMinor: openMinor, openMinor, disputedMinor: 0,
 * }) as const;
 * const left = addOpenItem(createAgingAccumulator({ asOf: '2026-06-30' }), item('C1', 10000));
 * const right = addOpenItem(createAgingAccumulator({ asOf: '2026-06-30' }), item('C2', 5050));
 * const both = agingResult(mergeAgingAccumulators(left, right));
 * console.log(both.currencies[0]?.balance.toFixed(2), both.customers.length); // 150.50 2
 * ```
 */
export function mergeAgingAccumulators(first: AgingAccumulator, second: AgingAccumulator): AgingAccumulator {
  requireSamePass(first, second);
  const cells = new Map<string, Map<string, AgingCell>>();
  for (const [customerId, byCurrency] of first.cells) {
    cells.set(
      customerId,
      new Map([...byCurrency].map(([currency, cell]) => [currency, agedBalancesCopyCell(cell)])),
    );
  }
  for (const [customerId, byCurrency] of second.cells) {
    let target = cells.get(customerId);
    if (target === undefined) {
      target = new Map();
      cells.set(customerId, target);
    }
    for (const [currency, cell] of byCurrency) {
      const existing = target.get(currency);
      if (existing === undefined) target.set(currency, agedBalancesCopyCell(cell));
      else agedBalancesAddCell(existing, cell);
    }
  }
  return {
    ...first,
    tagValues: new Map([...second.tagValues, ...first.tagValues]),
    cells,
    yearsByDate: new Map(first.yearsByDate),
  };
}

function requireSamePass(first: AgingAccumulator, second: AgingAccumulator): void {
  const differences: string[] = [];
  if (first.asOf !== second.asOf) differences.push(`asOf ${first.asOf} and ${second.asOf}`);
  if (first.basis !== second.basis) differences.push(`basis ${first.basis} and ${second.basis}`);
  if (first.disputed !== second.disputed)
    differences.push(`disputed ${first.disputed} and ${second.disputed}`);
  if (JSON.stringify(first.scheme) !== JSON.stringify(second.scheme)) {
    differences.push(`schemes ${JSON.stringify(first.scheme.id)} and ${JSON.stringify(second.scheme.id)}`);
  }
  if (JSON.stringify(first.groupBy) !== JSON.stringify(second.groupBy)) {
    differences.push(`groupBy ${JSON.stringify(first.groupBy)} and ${JSON.stringify(second.groupBy)}`);
  }
  for (const [customerId, values] of second.tagValues) {
    const others = first.tagValues.get(customerId);
    if (others !== undefined && JSON.stringify(others) !== JSON.stringify(values)) {
      differences.push(`the tags of customer ${JSON.stringify(customerId)}`);
      break;
    }
  }
  if (differences.length === 0) return;
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `mergeAgingAccumulators: the accumulators belong to different passes: they differ in ${differences.join('; ')}`,
    { details: { differences } },
  );
}
