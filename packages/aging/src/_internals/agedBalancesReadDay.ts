import { toDayNumber } from '@receivables/core';
import type { OpenItem } from '../openItems/OpenItem.ts';
import { openItemsRelabel } from './openItemsRelabel.ts';

/**
 * Reads one of an item's dates as its day number, reporting a bad one under `api` with the item named.
 * The name is built only on failure, so the hot loop allocates nothing here.
 *
 * @internal
 */
export function agedBalancesReadDay(date: string, api: string, field: string, item: OpenItem): number {
  try {
    return toDayNumber(date);
  } catch (error) {
    throw openItemsRelabel(error, api, `${agedBalancesItemName(item)}: ${field}`);
  }
}

/** Names an item in messages: `item INV-7/2 of customer "C1"`. @internal */
export function agedBalancesItemName(item: OpenItem): string {
  return `item ${JSON.stringify(item.invoiceId)}/${String(item.instalment)} of customer ${JSON.stringify(item.customerId)}`;
}
