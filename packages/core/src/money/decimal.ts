import type Decimal from 'decimal.js';
import { readDecimal } from '../_internals/moneyReadDecimal.ts';
import type { AmountInput } from './AmountInput.ts';

/** Options of {@link decimal}. */
export interface DecimalOptions {
  /** Names the value in error messages, e.g. `invoices[3].amount`. */
  readonly field?: string;
}

/**
 * Turns an amount input into an exact decimal of the suite, refusing anything that is not a finite
 * decimal number. Numbers are read as their shortest round-trip text (`0.1` is exactly `0.1`); a `Decimal`
 * from the caller's own decimal.js settings is re-read exactly, so it takes on the suite's precision.
 *
 * @param value - A decimal string, a finite number, or a `Decimal` from any copy of decimal.js.
 * @param options - The field name used in error messages.
 * @returns The exact value as a `Decimal`.
 * @throws {ReceivablesError} `INVALID_AMOUNT` for NaN, Infinity, empty or malformed text, or another type.
 *
 * @example
 * ```ts
 * import { decimal } from '@receivables/core';
 *
 * console.log(decimal('0.1').plus(decimal(0.2)).toString()); // 0.3
 * ```
 */
export function decimal(value: AmountInput, options: DecimalOptions = {}): Decimal {
  return readDecimal(value, 'decimal', { field: options.field });
}
