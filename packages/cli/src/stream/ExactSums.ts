/**
 * Exact running sums of whole minor units by slot: a double per slot while it stays below 2^52, moved
 * into a `bigint` before it could lose a unit. Plain data, so it can be posted between threads.
 *
 * @internal
 */
export interface ExactSums {
  readonly small: Float64Array;
  readonly big: Map<number, bigint>;
}

const FLUSH_AT = 2 ** 52;

/**
 * Starts sums of `size` slots, all zero.
 *
 * @param size - How many slots.
 * @returns The sums.
 * @internal
 */
export function createExactSums(size: number): ExactSums {
  return { small: new Float64Array(size), big: new Map() };
}

/**
 * Adds a whole number of minor units (a safe integer) to a slot.
 *
 * @param sums - The sums; changed in place.
 * @param slot - Which slot.
 * @param value - The amount.
 * @internal
 */
export function addExact(sums: ExactSums, slot: number, value: number): void {
  const next = sums.small[slot]! + value;
  if (Math.abs(next) < FLUSH_AT) {
    sums.small[slot] = next;
    return;
  }
  sums.big.set(slot, (sums.big.get(slot) ?? 0n) + BigInt(sums.small[slot]!) + BigInt(value));
  sums.small[slot] = 0;
}

/**
 * A slot's exact total.
 *
 * @param sums - The sums.
 * @param slot - Which slot.
 * @returns The total.
 * @internal
 */
export function exactTotal(sums: ExactSums, slot: number): bigint {
  return (sums.big.get(slot) ?? 0n) + BigInt(sums.small[slot] ?? 0);
}
