import { type Money, money } from '@receivables/core';

/**
 * The fixed compensation for recovery costs of EU Directive 2011/7/EU art. 6(1): at least EUR 40 for each
 * late invoice, owed without a reminder on top of interest (spec §7.6). Member States may set more; the
 * creditor may also claim reasonable recovery costs above it (art. 6(3)).
 *
 * @returns EUR 40.00.
 *
 * @example
 * ```ts
 * import { euFixedCompensation } from '@receivables/aging';
 * import { toDecimalString } from '@receivables/core';
 *
 * const perInvoice = euFixedCompensation();
 * console.log(perInvoice.currency, toDecimalString(perInvoice)); // EUR 40.00
 * ```
 */
export function euFixedCompensation(): Money {
  return money('40', 'EUR');
}
