import type { Decimal } from 'decimal.js';
import { currencyMinorUnits } from '../money/currencyMinorUnits.ts';

/**
 * Writes an amount as plain decimal text with at least the currency's minor-unit digits (`1200.00` for
 * CNY), never fewer digits than the amount has, so nothing is rounded away. Without a currency the
 * amount's own digits are written.
 *
 * @internal
 */
export function recordAmountText(amount: Decimal, currency?: string): string {
  const minorUnits = currency === undefined ? 0 : currencyMinorUnits(currency);
  return amount.toFixed(Math.max(minorUnits, amount.decimalPlaces()));
}
