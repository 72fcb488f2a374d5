import { currencyMinorUnits } from '@receivables/core';
import type Decimal from 'decimal.js';

/** An amount with all the minor units of its currency, or all its digits when it has more. @internal */
export function formatAmount(value: Decimal, currency: string): string {
  const minor = currencyMinorUnits(currency);
  return value.decimalPlaces() <= minor ? value.toFixed(minor) : value.toFixed();
}
