import type { Decimal } from 'decimal.js';
import { readDecimal } from '../_internals/moneyReadDecimal.ts';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import type { AmountInput } from './AmountInput.ts';

/** Options of {@link decimal}. */
export interface DecimalOptions {
  /** Names the value in error messages, e.g. `invoices[3].amount`. */
  readonly field?: string;
  /**
   * The public function to name first in error messages, for callers that read their inputs through
   * `decimal`, e.g. `standardDso`.
   * @defaultValue `'decimal'`
   */
  readonly api?: string;
  /**
   * `'nonNegative'` refuses amounts below zero with `INVALID_AMOUNT`.
   * @defaultValue `'any'`
   */
  readonly sign?: 'any' | 'nonNegative';
}

/**
 * Turns an amount input into an exact decimal of the suite, refusing anything that is not a finite
 * decimal number. Numbers are read as their shortest round-trip text (`0.1` is exactly `0.1`); a `Decimal`
 * from the caller's own decimal.js settings is re-read exactly, so it takes on the suite's precision.
 *
 * @param value - A decimal string, a finite number, or a `Decimal` from any copy of decimal.js.
 * @param options - The field and function named in error messages, and an optional sign rule.
 * @returns The exact value as a `Decimal`.
 * @throws {ReceivablesError} `INVALID_AMOUNT` for NaN, Infinity, empty or malformed text, another type, or
 *   (with `sign: 'nonNegative'`) a negative amount; `AMOUNT_OUT_OF_RANGE` for a decimal of 10^1000 or more
 *   in size, or one other than zero below 10^-1000 (`"1e99999999999999999"`).
 *
 * @example
 * ```ts
 * import { decimal } from '@receivables/core';
 *
 * console.log(decimal('0.1').plus(decimal(0.2)).toString()); // 0.3
 * try {
 *   decimal('-5', { api: 'standardDso', field: 'creditSales', sign: 'nonNegative' });
 * } catch (error) {
 *   console.log((error as Error).message); // standardDso: creditSales: "-5" is negative; it must be zero or more
 * }
 * ```
 */
export function decimal(value: AmountInput, options: DecimalOptions = {}): Decimal {
  const api = options.api ?? 'decimal';
  const amount = readDecimal(value, api, { field: options.field });
  if (options.sign === 'nonNegative' && amount.isNegative()) {
    const field = options.field === undefined ? '' : `${options.field}: `;
    throw new ReceivablesError(
      'INVALID_AMOUNT',
      `${api}: ${field}${describeValue(value)} is negative; it must be zero or more`,
      {
        details: {
          ...(options.field === undefined ? {} : { field: options.field }),
          value: amount.toString(),
        },
      },
    );
  }
  return amount;
}
