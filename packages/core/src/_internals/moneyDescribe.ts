import { currencyMinorUnits } from '../money/currencyMinorUnits.ts';
import { isCurrencyCode } from '../money/isCurrencyCode.ts';
import type { Money } from '../money/money.ts';

/**
 * Shows money in an error message as `CNY 2.00`: every digit the amount has, and at least the currency's
 * minor units, so nothing is rounded in the telling.
 *
 * @internal
 */
export function describeMoney(value: Money): string {
  const { amount, currency } = value;
  const minorUnits = isCurrencyCode(currency) ? currencyMinorUnits(currency) : 0;
  return `${currency} ${amount.toFixed(Math.max(amount.decimalPlaces(), minorUnits))}`;
}
