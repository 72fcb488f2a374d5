import type { AmountInput } from '@receivables/core';
import { decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/**
 * Reads one amount of a KPI's input as an exact decimal that is zero or more. Balances, sales,
 * collections and write-offs are all sizes: a negative one is a data error, not a figure to divide by.
 *
 * @internal
 */
export function readAmount(value: AmountInput, api: string, field: string): Decimal {
  return decimal(value, { api, field, sign: 'nonNegative' });
}
