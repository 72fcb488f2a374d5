import { currencyMinorUnits } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/**
 * An amount as a table shows it: with all the minor units of its currency; a figure with more decimals
 * (a quotient such as a 6-month average) is rounded half-even to the minor unit and marked `≈`, while
 * the JSON output keeps every digit (see `formatAmountJson`).
 *
 * @internal
 */
export function formatAmountCell(amount: Decimal, currency: string): string {
  const minor = currencyMinorUnits(currency);
  if (amount.decimalPlaces() <= minor) return amount.toFixed(minor);
  return `≈${amount.toDecimalPlaces(minor, 6).toFixed(minor)}`;
}
