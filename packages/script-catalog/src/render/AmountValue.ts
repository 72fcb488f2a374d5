import type { AmountInput } from '@receivables/core';

/**
 * The value of an `amount` variable: a `Money` from `@receivables/core`, or the same shape with the
 * amount as a decimal string or number (`{ amount: '1234.50', currency: 'CNY' }`). It is read exactly
 * and formatted with every minor-unit digit, never rounded.
 */
export interface AmountValue {
  readonly amount: AmountInput;
  readonly currency: string;
}
