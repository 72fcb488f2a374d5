import { decimal, ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/** The suite's significant digits, read from its own decimals so that it follows core. */
const SUITE_PRECISION = (decimal(0).constructor as typeof Decimal).precision;

/**
 * Multiplies two decimals exactly, or throws `INVALID_ARGUMENT` when the product could need more
 * significant digits than the suite keeps, so that decimal.js never rounds a product silently.
 *
 * @internal
 */
export function allowanceMultiply(a: Decimal, b: Decimal, api: string, what: string): Decimal {
  const digits = a.precision() + b.precision();
  if (digits > SUITE_PRECISION) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: ${what}: ${a} × ${b} may need ${digits} significant digits, more than the ${SUITE_PRECISION} kept exactly; give the rate fewer decimals`,
      { details: { digits, limit: SUITE_PRECISION } },
    );
  }
  return a.times(b);
}
