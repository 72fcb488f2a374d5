import type { AgingAccumulator } from '../agedBalances/AgingAccumulator.ts';
import type { OpenItem } from '../openItems/OpenItem.ts';
import { agedBalancesReadDay } from './agedBalancesReadDay.ts';
import { agedBalancesStartedYears } from './agedBalancesStartedYears.ts';

/**
 * An item's bucket measure by the accumulator's basis and the scheme's unit: days past due, age in
 * days, or started calendar years (cached per distinct date, since dates repeat across many items).
 *
 * @internal
 */
export function agedBalancesMeasure(
  accumulator: AgingAccumulator,
  item: OpenItem,
  dueDay: number,
  api: string,
): number {
  const byDueDate = accumulator.basis === 'dueDate';
  if (accumulator.scheme.unit === 'days') {
    const day = byDueDate ? dueDay : agedBalancesReadDay(item.documentDate, api, 'documentDate', item);
    return accumulator.asOfDay - day;
  }
  const date = byDueDate ? item.dueDate : item.documentDate;
  const cached = accumulator.yearsByDate.get(date);
  if (cached !== undefined) return cached;
  const day = byDueDate ? dueDay : agedBalancesReadDay(date, api, 'documentDate', item);
  const years = agedBalancesStartedYears(date, day, accumulator.asOf, accumulator.asOfDay);
  accumulator.yearsByDate.set(date, years);
  return years;
}
