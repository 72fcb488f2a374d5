/**
 * An exact running sum of safe integers: a plain number while it stays within
 * `Number.MAX_SAFE_INTEGER`, with what would overflow moved into a `bigint`.
 *
 * @internal
 */
export interface OpenItemsExactSum {
  small: number;
  big: bigint;
}

/** @internal */
export function openItemsExactSum(): OpenItemsExactSum {
  return { small: 0, big: 0n };
}

/**
 * Adds a safe integer exactly. Both operands are safe, so a float sum within the safe range is exact;
 * beyond it, the exact sum is rebuilt from the two operands as bigints.
 *
 * @internal
 */
export function openItemsAddExact(sum: OpenItemsExactSum, value: number): void {
  const next = sum.small + value;
  if (next <= Number.MAX_SAFE_INTEGER && next >= -Number.MAX_SAFE_INTEGER) sum.small = next;
  else {
    sum.big += BigInt(sum.small) + BigInt(value);
    sum.small = 0;
  }
}

/** The sum's exact value. @internal */
export function openItemsExactValue(sum: OpenItemsExactSum): bigint {
  return sum.big + BigInt(sum.small);
}
