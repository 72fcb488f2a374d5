import type { Decimal } from 'decimal.js';

/**
 * Writes an amount for a message with its currency, at least to the minor unit and never rounded:
 * `CNY 1300.00`, `CNY 1300.005`.
 *
 * @internal
 */
export function lateChargesAmountText(currency: string, amount: Decimal, minorUnits: number): string {
  const text = amount.decimalPlaces() <= minorUnits ? amount.toFixed(minorUnits) : amount.toString();
  return `${currency} ${text}`;
}
