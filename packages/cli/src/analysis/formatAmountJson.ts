import { currencyMinorUnits } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/**
 * An amount for JSON output: exact, as a decimal string with at least the minor units of its currency
 * and every further digit it has, never in exponent notation.
 *
 * @internal
 */
export function formatAmountJson(amount: Decimal, currency: string): { amount: string; currency: string } {
  return { amount: amount.toFixed(Math.max(currencyMinorUnits(currency), amount.decimalPlaces())), currency };
}
