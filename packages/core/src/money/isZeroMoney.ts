import type { Money } from './money.ts';

/**
 * Tells whether an amount is zero, e.g. a fully settled invoice.
 *
 * @param value - The amount.
 * @returns `true` when the amount is zero, whatever its sign or trailing zeros.
 *
 * @example
 * ```ts
 * import { isZeroMoney, money } from '@receivables/core';
 *
 * console.log(isZeroMoney(money('0.00', 'CNY')), isZeroMoney(money('0.01', 'CNY'))); // true false
 * ```
 */
export function isZeroMoney(value: Money): boolean {
  return value.amount.isZero();
}
