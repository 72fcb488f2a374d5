import type { Money } from './money.ts';

/**
 * Tells whether an amount is above zero, e.g. a balance still owed.
 *
 * @param value - The amount.
 * @returns `true` when the amount is greater than zero; `false` for zero.
 *
 * @example
 * ```ts
 * import { isPositiveMoney, money } from '@receivables/core';
 *
 * console.log(isPositiveMoney(money('0.01', 'CNY')), isPositiveMoney(money('0', 'CNY'))); // true false
 * ```
 */
export function isPositiveMoney(value: Money): boolean {
  return value.amount.isPositive() && !value.amount.isZero();
}
