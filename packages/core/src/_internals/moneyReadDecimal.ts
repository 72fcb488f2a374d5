import Decimal from 'decimal.js';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import type { ReceivablesErrorCode } from '../errors/ReceivablesErrorCode.ts';
import { SuiteDecimal } from './SuiteDecimal.ts';

const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** @internal */
export interface ReadDecimalOptions {
  /** Names the value in error messages, e.g. `invoices[3].amount`. */
  readonly field?: string | undefined;
  /** The code to throw; ratios and factors are arguments, not amounts. */
  readonly code?: ReceivablesErrorCode;
}

/**
 * Reads an amount input as an exact decimal of the suite, or throws with the calling API's name first.
 * Shared by `decimal`, `money`, `multiplyMoney` and `allocate` so every public function names itself.
 *
 * Only values built by `SuiteDecimal` itself pass through unchanged: every clone of decimal.js shares one
 * prototype, so `instanceof` also accepts the caller's global `Decimal`, whose lower precision would
 * then round our sums and products. Those are re-read through their exact text instead.
 *
 * @internal
 */
export function readDecimal(value: unknown, api: string, options: ReadDecimalOptions = {}): Decimal {
  let result: Decimal;
  if (value instanceof SuiteDecimal && value.constructor === SuiteDecimal) {
    if (!value.isFinite()) throw invalid(value, api, options, 'is not a finite number');
    result = value;
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(value, api, options, 'is not a finite number');
    result = new SuiteDecimal(value);
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (!DECIMAL_TEXT.test(text)) throw invalid(value, api, options, 'is not a decimal number');
    result = new SuiteDecimal(text);
  } else if (Decimal.isDecimal(value)) {
    if (!value.isFinite()) throw invalid(value, api, options, 'is not a finite number');
    result = new SuiteDecimal(value.toString());
  } else {
    throw invalid(value, api, options, 'is not a decimal number');
  }
  // decimal.js keeps the sign of -0, which would make a zero look negative to sign checks.
  return result.isZero() && result.isNegative() ? result.abs() : result;
}

function invalid(value: unknown, api: string, options: ReadDecimalOptions, reason: string): ReceivablesError {
  const field = options.field === undefined ? '' : `${options.field}: `;
  return new ReceivablesError(
    options.code ?? 'INVALID_AMOUNT',
    `${api}: ${field}${describeValue(value)} ${reason}`,
    {
      details: {
        value: typeof value === 'object' && value !== null ? String(value) : value,
        ...(options.field ? { field: options.field } : {}),
      },
    },
  );
}
