import type { Money } from './money.ts';

/**
 * Tells whether an amount is below zero, e.g. a credit balance.
 *
 * @param value - The amount.
 * @returns `true` when the amount is less than zero; `false` for zero, even a negative zero.
 *
 * @example
 * ```ts
 * import { isNegativeMoney, money } from '@receivables/core';
 *
 * console.log(isNegativeMoney(money('-0.01', 'CNY')), isNegativeMoney(money('0', 'CNY'))); // true false
 * ```
 */
export function isNegativeMoney(value: Money): boolean {
  return value.amount.isNegative() && !value.amount.isZero();
}
