import Decimal from 'decimal.js';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import type { ReceivablesErrorCode } from '../errors/ReceivablesErrorCode.ts';
import { SuiteDecimal } from './SuiteDecimal.ts';

const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NON_ZERO_DIGITS = /^[^eE]*[1-9]/;

/**
 * Decimals are read only when below 10^1000 in size and, unless zero, at least 10^-1000. Beyond that an
 * exponent such as `1e999999999` would make decimal.js overflow to Infinity or underflow to zero, or
 * make writing the amount out in plain digits exhaust memory. No amount or rate comes near these bounds.
 */
const MAX_EXPONENT = 999;
const MIN_EXPONENT = -1000;

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
  if (isOutOfRange(result, typeof value === 'string' ? value : undefined)) {
    throw invalid(value, api, { ...options, code: options.code ?? 'AMOUNT_OUT_OF_RANGE' }, OUT_OF_RANGE);
  }
  // decimal.js keeps the sign of -0, which would make a zero look negative to sign checks.
  return result.isZero() && result.isNegative() ? result.abs() : result;
}

const OUT_OF_RANGE =
  'is out of range: a decimal must be below 1e1000 in size and, unless zero, at least 1e-1000';

/** Too large or too small for {@link MAX_EXPONENT} and {@link MIN_EXPONENT}, including text decimal.js overflowed or underflowed. */
function isOutOfRange(result: Decimal, text: string | undefined): boolean {
  if (result.isZero()) return text !== undefined && NON_ZERO_DIGITS.test(text);
  return !result.isFinite() || result.e > MAX_EXPONENT || result.e < MIN_EXPONENT;
}

function invalid(value: unknown, api: string, options: ReadDecimalOptions, reason: string): ReceivablesError {
  const field = options.field === undefined ? '' : `${options.field}: `;
  return new ReceivablesError(
    options.code ?? 'INVALID_AMOUNT',
    `${api}: ${field}${describeValue(value)} ${reason}`,
    {
      details: {
        // describeValue, not String: a JSON object may carry a `toString` that is not a function.
        value: typeof value === 'object' && value !== null ? describeValue(value) : value,
        ...(options.field ? { field: options.field } : {}),
      },
    },
  );
}
