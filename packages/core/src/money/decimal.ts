import Decimal from 'decimal.js';
import { SuiteDecimal } from '../_internals/SuiteDecimal.ts';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import type { AmountInput } from './AmountInput.ts';

const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Options of {@link decimal}. */
export interface DecimalOptions {
  /** Names the value in error messages, e.g. `invoices[3].amount`. */
  readonly field?: string;
}

/**
 * Turns an amount input into an exact decimal of the suite, refusing anything that is not a finite
 * decimal number. Numbers are read as their shortest round-trip text (`0.1` is exactly `0.1`).
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
  if (value instanceof SuiteDecimal) {
    if (!value.isFinite()) throw invalid(value, options, 'is not a finite number');
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(value, options, 'is not a finite number');
    return new SuiteDecimal(Object.is(value, -0) ? 0 : value);
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (!DECIMAL_TEXT.test(text)) throw invalid(value, options, 'is not a decimal number');
    return new SuiteDecimal(text);
  }
  // A Decimal from another copy or clone of decimal.js: read it through its exact text.
  const other: unknown = value;
  if (Decimal.isDecimal(other)) {
    if (!other.isFinite()) throw invalid(other, options, 'is not a finite number');
    return new SuiteDecimal(other.toString());
  }
  throw invalid(value, options, 'is not a decimal number');
}

function invalid(value: unknown, options: DecimalOptions, reason: string): ReceivablesError {
  const field = options.field === undefined ? '' : `${options.field}: `;
  return new ReceivablesError('INVALID_AMOUNT', `decimal: ${field}${describeValue(value)} ${reason}`, {
    details: {
      value: typeof value === 'object' ? String(value) : value,
      ...(options.field ? { field: options.field } : {}),
    },
  });
}
