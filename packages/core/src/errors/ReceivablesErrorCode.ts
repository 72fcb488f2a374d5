/**
 * Every stable error code the suite raises. Callers branch on these; they never change meaning.
 *
 * | code | raised when |
 * |---|---|
 * | `INVALID_AMOUNT` | an amount is not a finite decimal (NaN, Infinity, `"12,5"`, an object) |
 * | `AMOUNT_TOO_PRECISE` | an amount has more decimals than its currency's minor unit allows |
 * | `INVALID_CURRENCY` | a currency code is not an ISO 4217 code the platform knows |
 * | `CURRENCY_MISMATCH` | two amounts in different currencies are added, subtracted or compared |
 * | `INVALID_DATE` | a calendar date is badly formatted or does not exist (`2026-02-30`) |
 * | `DATE_OUT_OF_RANGE` | a date computation leaves the years 0001–9999 |
 * | `INVALID_ARGUMENT` | an option or operand is outside its documented domain |
 * | `INVALID_CALENDAR` | a business-calendar definition is malformed |
 * | `NO_BUSINESS_DAY` | a business calendar has no working day in the searched range |
 * | `INVALID_PORTFOLIO` | records failed validation; `details.issues` lists every problem |
 * | `INVALID_RECORD` | one record failed validation; `details.issues` lists every problem |
 */
export type ReceivablesErrorCode =
  | 'INVALID_AMOUNT'
  | 'AMOUNT_TOO_PRECISE'
  | 'INVALID_CURRENCY'
  | 'CURRENCY_MISMATCH'
  | 'INVALID_DATE'
  | 'DATE_OUT_OF_RANGE'
  | 'INVALID_ARGUMENT'
  | 'INVALID_CALENDAR'
  | 'NO_BUSINESS_DAY'
  | 'INVALID_PORTFOLIO'
  | 'INVALID_RECORD';
