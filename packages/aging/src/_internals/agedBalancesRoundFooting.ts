import { decimal, ReceivablesError, type RoundingMode, roundFloor } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/** Rounded parts and their rounded total, the parts adding up to the total exactly. @internal */
export interface AgedBalancesFooted {
  readonly parts: Decimal[];
  readonly total: Decimal;
}

/**
 * Rounds non-negative parts so that they foot: the total is rounded once with `mode`; each part is
 * rounded down and the units still missing go one each to the parts with the largest remainders, ties
 * to the earlier part (the largest-remainder method, as `allocate` does). Parts already at the scale
 * come back unchanged.
 *
 * @internal
 */
export function agedBalancesRoundFooting(
  values: readonly Decimal[],
  digits: number,
  mode: RoundingMode,
  api: string,
): AgedBalancesFooted {
  const exact = values.reduce((sum, value) => sum.plus(value), decimal(0));
  const total = mode(exact, digits);
  const parts = values.map((value) => roundFloor(value, digits));
  const unit = decimal(`1e-${digits}`);
  const missing = total.minus(parts.reduce((sum, part) => sum.plus(part), decimal(0))).div(unit);
  if (!missing.isInteger() || missing.isNegative() || missing.greaterThan(parts.length)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: the rounding mode turned ${exact.toString()} into ${total.toString()}, not a neighbour at ${digits} decimals`,
      { details: { value: exact.toString(), rounded: total.toString(), decimalPlaces: digits } },
    );
  }
  const order = values
    .map((value, index) => ({ index, remainder: value.minus(parts[index]!) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  for (let k = 0; k < missing.toNumber(); k++) {
    const index = order[k]!.index;
    parts[index] = parts[index]!.plus(unit);
  }
  return { parts, total };
}
