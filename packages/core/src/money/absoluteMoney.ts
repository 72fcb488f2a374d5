import { isNegativeMoney } from './isNegativeMoney.ts';
import type { Money } from './money.ts';

/**
 * The size of an amount without its sign, e.g. to show a credit balance as a positive figure.
 *
 * @param value - The amount.
 * @returns `value` itself when it is zero or positive, else its opposite.
 *
 * @example
 * ```ts
 * import { absoluteMoney, money, toDecimalString } from '@receivables/core';
 *
 * console.log(toDecimalString(absoluteMoney(money('-12.50', 'CNY')))); // 12.50
 * ```
 */
export function absoluteMoney(value: Money): Money {
  return isNegativeMoney(value) ? { amount: value.amount.negated(), currency: value.currency } : value;
}
