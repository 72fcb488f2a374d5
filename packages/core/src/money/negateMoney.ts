import type { Money } from './money.ts';

/**
 * Turns an amount into its opposite: a charge into a credit, a debt into a refund.
 *
 * @param value - The amount.
 * @returns The same amount with the sign flipped; zero stays zero (never a negative zero).
 *
 * @example
 * ```ts
 * import { money, negateMoney, toDecimalString } from '@receivables/core';
 *
 * console.log(toDecimalString(negateMoney(money('12.50', 'CNY')))); // -12.50
 * ```
 */
export function negateMoney(value: Money): Money {
  if (value.amount.isZero()) return value;
  return { amount: value.amount.negated(), currency: value.currency };
}
