import type { AmountInput } from '@receivables/core';
import { decimal, describeValue, ReceivablesError, relabelError } from '@receivables/core';
import type Decimal from 'decimal.js';

/**
 * Reads one amount of a KPI's input as an exact decimal that is zero or more. Balances, sales,
 * collections and write-offs are all sizes: a negative one is a data error, not a figure to divide by.
 *
 * @internal
 */
export function readAmount(value: AmountInput, api: string, field: string): Decimal {
  let amount: Decimal;
  try {
    amount = decimal(value, { field });
  } catch (error) {
    throw relabelError(error, 'decimal', api);
  }
  if (amount.isNegative()) {
    throw new ReceivablesError(
      'INVALID_AMOUNT',
      `${api}: ${field}: ${describeValue(value)} is negative; it must be zero or more`,
      { details: { field, value: amount.toString() } },
    );
  }
  return amount;
}
