import type { ReceivablesErrorCode } from '@receivables/core';

/**
 * Every code of the suite's error union, as data. Typed as a record over the union, so the type check
 * fails here the day a code is added to or removed from `ReceivablesErrorCode`.
 *
 * @internal
 */
const CODES: Readonly<Record<ReceivablesErrorCode, true>> = {
  INVALID_AMOUNT: true,
  AMOUNT_TOO_PRECISE: true,
  INVALID_CURRENCY: true,
  CURRENCY_MISMATCH: true,
  INVALID_DATE: true,
  DATE_OUT_OF_RANGE: true,
  INVALID_ARGUMENT: true,
  INVALID_CALENDAR: true,
  NO_BUSINESS_DAY: true,
  INVALID_PORTFOLIO: true,
  INVALID_RECORD: true,
  AMOUNT_OUT_OF_RANGE: true,
  INVALID_BUCKET_SCHEME: true,
  INVALID_RATE: true,
  MISSING_REFERENCE_RATE: true,
  MISSING_EXCHANGE_RATE: true,
  NO_SALES_IN_PERIOD: true,
  ZERO_DENOMINATOR: true,
  INVALID_STATEMENT: true,
  INVALID_RISK_TIERS: true,
  INVALID_SCORECARD: true,
  MISSING_FACTOR_VALUE: true,
  INVALID_GRADE_SCALE: true,
  INVALID_CATALOG: true,
  INVALID_VARIABLE: true,
  UNKNOWN_TEMPLATE: true,
  UNSUPPORTED_LOCALE: true,
  INVALID_POLICY: true,
  INVALID_HISTORY: true,
  INPUT_NOT_FOUND: true,
  INVALID_INPUT_FILE: true,
  INVALID_OPTION: true,
};

/** Whether `code` is one of the suite's error codes. @internal */
export function isReceivablesErrorCode(code: unknown): code is ReceivablesErrorCode {
  return typeof code === 'string' && Object.hasOwn(CODES, code);
}
