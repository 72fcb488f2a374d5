import { currencyMinorUnits, ReceivablesError, toDayNumber } from '@receivables/core';
import type { AgingAccumulator } from '../agedBalances/AgingAccumulator.ts';
import type { AgingCell } from '../agedBalances/AgingCell.ts';
import type { OpenItem } from '../openItems/OpenItem.ts';
import { agedBalancesMeasure } from './agedBalancesMeasure.ts';
import { agedBalancesItemName } from './agedBalancesReadDay.ts';
import { openItemsRelabel } from './openItemsRelabel.ts';

/*
 * The cells of an accumulator and the per-item hot path live in this one module on purpose: calls
 * within a module are inlined by the engine, while calls across modules may not be once a test runner
 * or bundler wraps each module (vitest's transform made each cross-module call here several times
 * slower). See docs/performance.md.
 */

const MAX = Number.MAX_SAFE_INTEGER;

/** A cell with every sum at zero; `size` is `3n + 4` for a scheme of `n` buckets. @internal */
export function agedBalancesNewCell(size: number): AgingCell {
  return { sums: new Float64Array(size), overflow: undefined, oldest: Number.NEGATIVE_INFINITY };
}

/**
 * Adds a safe integer to a slot, exactly. Both operands are safe integers, so a float sum inside the
 * safe range is exact; beyond it the exact sum is rebuilt from the operands as bigints.
 *
 * @internal
 */
export function agedBalancesAdd(cell: AgingCell, slot: number, value: number): void {
  const next = cell.sums[slot]! + value;
  if (next <= MAX && next >= -MAX) cell.sums[slot] = next;
  else spill(cell, slot, BigInt(value));
}

/**
 * Adds `a × b` (safe integers) to a slot, exactly: a float product inside the safe range is exact,
 * one beyond it is recomputed in bigints.
 *
 * @internal
 */
export function agedBalancesAddProduct(cell: AgingCell, slot: number, a: number, b: number): void {
  const product = a * b;
  if (product <= MAX && product >= -MAX) agedBalancesAdd(cell, slot, product);
  else spill(cell, slot, BigInt(a) * BigInt(b));
}

function spill(cell: AgingCell, slot: number, value: bigint): void {
  cell.overflow ??= Array.from(cell.sums, () => 0n);
  cell.overflow[slot] = cell.overflow[slot]! + BigInt(cell.sums[slot]!) + value;
  cell.sums[slot] = 0;
}

/** A slot's exact value: a number while nothing overflowed, a bigint after. @internal */
export function agedBalancesValue(cell: AgingCell, slot: number): number | bigint {
  const small = cell.sums[slot]!;
  return cell.overflow === undefined ? small : cell.overflow[slot]! + BigInt(small);
}

/** Adds every sum of `source` into `target` and keeps the greater oldest days past due. @internal */
export function agedBalancesAddCell(target: AgingCell, source: AgingCell): void {
  const { sums, overflow } = source;
  for (let slot = 0; slot < sums.length; slot++) {
    agedBalancesAdd(target, slot, sums[slot]!);
    const big = overflow?.[slot];
    if (big !== undefined && big !== 0n) spill(target, slot, big);
  }
  if (source.oldest > target.oldest) target.oldest = source.oldest;
}

/** A copy that shares nothing with `cell`. @internal */
export function agedBalancesCopyCell(cell: AgingCell): AgingCell {
  return { sums: cell.sums.slice(), overflow: cell.overflow?.slice(), oldest: cell.oldest };
}

/**
 * The cell of a customer and currency, created on first use. Nested maps keyed by the record's own
 * strings, so finding a cell builds no key. A currency is checked when a cell for it is first made,
 * before anything changes.
 *
 * @internal
 */
export function agedBalancesCellFor(
  accumulator: AgingAccumulator,
  customerId: string,
  currency: string,
  api: string,
): AgingCell {
  const byCurrency = accumulator.cells.get(customerId);
  const cell = byCurrency?.get(currency);
  if (cell !== undefined) return cell;
  try {
    currencyMinorUnits(currency);
  } catch (error) {
    throw openItemsRelabel(error, api, 'currency');
  }
  const created = agedBalancesNewCell(3 * accumulator.upperBounds.length + 4);
  if (byCurrency === undefined) accumulator.cells.set(customerId, new Map([[currency, created]]));
  else byCurrency.set(currency, created);
  return created;
}

/**
 * The body of `addOpenItem`: checks the item, finds its bucket and adds it to its customer's cell.
 * Nothing is allocated per item beyond a new customer's or currency's first cell, and the item is
 * checked before anything changes.
 *
 * @internal
 */
export function agedBalancesAddItem(accumulator: AgingAccumulator, item: OpenItem): AgingAccumulator {
  const open = item.openMinor;
  const disputed = item.disputedMinor;
  if (
    !(
      open > 0 &&
      disputed >= 0 &&
      disputed <= open &&
      Number.isSafeInteger(open) &&
      Number.isInteger(disputed)
    )
  ) {
    throw invalidAmounts(item);
  }
  const asOfDay = accumulator.asOfDay;
  const daysPastDue = asOfDay - dueDayOf(item);
  const measure =
    accumulator.basis === 'dueDate' && accumulator.scheme.unit === 'days'
      ? daysPastDue
      : agedBalancesMeasure(accumulator, item, asOfDay - daysPastDue, 'addOpenItem');
  const upperBounds = accumulator.upperBounds;
  let bucket = 0;
  while (measure > upperBounds[bucket]!) bucket++;
  const cell = agedBalancesCellFor(accumulator, item.customerId, item.currency, 'addOpenItem');
  const n = upperBounds.length;
  const counted = accumulator.disputed === 'include' ? open : open - disputed;
  agedBalancesAdd(cell, bucket, counted);
  cell.sums[2 * n + bucket]!++;
  if (daysPastDue > 0) agedBalancesAdd(cell, 3 * n, counted);
  // Most items are undisputed: skip the adds that would add zero.
  if (disputed > 0) {
    agedBalancesAdd(cell, n + bucket, disputed);
    if (daysPastDue > 0) agedBalancesAdd(cell, 3 * n + 1, disputed);
  }
  if (counted > 0) {
    agedBalancesAddProduct(cell, 3 * n + 2, counted, daysPastDue);
    if (daysPastDue > cell.oldest) cell.oldest = daysPastDue;
  }
  return accumulator;
}

/**
 * `agedBalancesAddItem` for every item of an iterable, looping in this module so that each item costs
 * no call across modules.
 *
 * @internal
 */
export function agedBalancesAddItems(
  accumulator: AgingAccumulator,
  items: Iterable<OpenItem>,
): AgingAccumulator {
  for (const item of items) agedBalancesAddItem(accumulator, item);
  return accumulator;
}

function dueDayOf(item: OpenItem): number {
  try {
    return toDayNumber(item.dueDate);
  } catch (error) {
    throw openItemsRelabel(error, 'addOpenItem', `${agedBalancesItemName(item)}: dueDate`);
  }
}

function invalidAmounts(item: OpenItem): ReceivablesError {
  const { openMinor, disputedMinor } = item;
  return new ReceivablesError(
    'INVALID_AMOUNT',
    `addOpenItem: ${agedBalancesItemName(item)}: openMinor ${String(openMinor)} must be a positive whole number of minor units up to 2^53 − 1, and disputedMinor ${String(disputedMinor)} a whole number from 0 to openMinor`,
    { details: { invoiceId: item.invoiceId, instalment: item.instalment, openMinor, disputedMinor } },
  );
}
