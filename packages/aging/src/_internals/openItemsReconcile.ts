import { fromMinorUnits } from '@receivables/core';
import type { OpenItem } from '../openItems/OpenItem.ts';
import type { OpenItemsTotals } from '../openItems/OpenItemsTotals.ts';
import type { UnappliedCredit } from '../openItems/UnappliedCredit.ts';
import { compareText } from './openItemsCompareText.ts';
import {
  type OpenItemsExactSum,
  openItemsAddExact,
  openItemsExactSum,
  openItemsExactValue,
} from './openItemsExactSum.ts';
import type { OpenItemsSlot } from './openItemsSlots.ts';
import type { OpenItemsSource } from './openItemsSources.ts';

const FIGURES = ['invoiced', 'received', 'credited', 'applied', 'open', 'disputed', 'unapplied'] as const;
type Figure = (typeof FIGURES)[number];
type Sums = Record<Figure, OpenItemsExactSum>;

/**
 * The per-currency reconciliation, summed exactly from the same slots and records the items and
 * unapplied lines come from.
 *
 * @internal
 */
export function openItemsReconcile(
  slots: readonly OpenItemsSlot[],
  sources: readonly OpenItemsSource[],
  items: readonly OpenItem[],
  unapplied: readonly UnappliedCredit[],
): OpenItemsTotals[] {
  const byCurrency = new Map<string, Sums>();
  const sumsOf = (currency: string): Sums => {
    let sums = byCurrency.get(currency);
    if (sums === undefined) {
      sums = Object.fromEntries(FIGURES.map((figure) => [figure, openItemsExactSum()])) as Sums;
      byCurrency.set(currency, sums);
    }
    return sums;
  };
  for (const slot of slots) openItemsAddExact(sumsOf(slot.invoice.currency).invoiced, slot.originalMinor);
  for (const source of sources) {
    const sums = sumsOf(source.record.currency);
    openItemsAddExact(source.kind === 'payment' ? sums.received : sums.credited, source.amountMinor);
    openItemsAddExact(sums.applied, source.applied);
  }
  for (const item of items) {
    const sums = sumsOf(item.currency);
    openItemsAddExact(sums.open, item.openMinor);
    openItemsAddExact(sums.disputed, item.disputedMinor);
  }
  for (const line of unapplied) openItemsAddExact(sumsOf(line.currency).unapplied, line.amountMinor);
  return [...byCurrency]
    .sort(([a], [b]) => compareText(a, b))
    .map(([currency, sums]) => {
      const totals = Object.fromEntries(
        FIGURES.map((figure) => [figure, fromMinorUnits(openItemsExactValue(sums[figure]), currency)]),
      ) as Omit<OpenItemsTotals, 'currency'>;
      return { currency, ...totals };
    });
}
