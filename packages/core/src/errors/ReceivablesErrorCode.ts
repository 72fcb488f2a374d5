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
 * | `INVALID_BUCKET_SCHEME` | an aging bucket scheme has gaps, overlaps or bad bounds |
 * | `INVALID_RATE` | a rate (interest, loss, exchange) is negative, missing or not a number |
 * | `MISSING_REFERENCE_RATE` | no reference rate (LPR, ECB, base rate) is in force for a day that needs one |
 * | `MISSING_EXCHANGE_RATE` | a conversion to a reporting currency lacks the rate for a currency |
 * | `NO_SALES_IN_PERIOD` | a KPI divides by the sales of a period that had none |
 * | `ZERO_DENOMINATOR` | a ratio's denominator is zero (e.g. no receivables due, zero total assets) |
 * | `AMOUNT_OUT_OF_RANGE` | an amount is outside what a computation can hold exactly: more than 2^53 − 1 minor units on a fast path, a magnitude of 10^1000 or more (or a non-zero one below 10^-1000) anywhere, or too large to format |
 * | `INVALID_STATEMENT` | a financial statement is malformed, has a negative size, or lacks a field a model needs; `details.issues` lists every problem |
 * | `INVALID_RISK_TIERS` | a risk-tier table (triggers and measures) is malformed; `details.issues` lists every problem |
 * | `INVALID_SCORECARD` | a scorecard definition is malformed (weights, bands, unknown factor kinds, missing custom factors, rules naming unknown grades); `details.issues` lists every problem |
 * | `MISSING_FACTOR_VALUE` | an applicant lacks the value of a scorecard factor whose missing-value policy is `reject` |
 * | `INVALID_GRADE_SCALE` | a grade scale is malformed (ids repeated, minimum scores not strictly decreasing, the last not 0); `details.issues` lists every problem |
 * | `INVALID_CATALOG` | script-catalog data (a catalog, template, locale's texts or lint rule) failed validation; `details.issues` lists every problem |
 * | `INVALID_VARIABLE` | template variables are missing, mistyped or undeclared; `details.issues` lists every one |
 * | `UNKNOWN_TEMPLATE` | a script catalog has no template with the requested id |
 * | `UNSUPPORTED_LOCALE` | a locale cannot be used: the platform cannot format it, or it does not match the template's language |
 * | `INVALID_POLICY` | a reminder policy (cadences, escalation levels, channels, roles, limitation) failed validation; `details.issues` lists every problem with its path |
 * | `INVALID_HISTORY` | a reminder history (actions taken, acknowledgements, delivered demands) is malformed; `details.issues` lists every problem |
 * | `INPUT_NOT_FOUND` | an input file or folder named on the command line does not exist or cannot be read |
 * | `INVALID_INPUT_FILE` | an input file cannot be read as the format it claims (CSV or JSON), or some of its rows are invalid; `details.problems` lists every one with file, row, column and reason |
 * | `INVALID_OPTION` | a command-line option or its value is unknown, malformed or contradicts another option |
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
  | 'INVALID_RECORD'
  | 'AMOUNT_OUT_OF_RANGE'
  | 'INVALID_BUCKET_SCHEME'
  | 'INVALID_RATE'
  | 'MISSING_REFERENCE_RATE'
  | 'MISSING_EXCHANGE_RATE'
  | 'NO_SALES_IN_PERIOD'
  | 'ZERO_DENOMINATOR'
  | 'INVALID_STATEMENT'
  | 'INVALID_RISK_TIERS'
  | 'INVALID_SCORECARD'
  | 'MISSING_FACTOR_VALUE'
  | 'INVALID_GRADE_SCALE'
  | 'INVALID_CATALOG'
  | 'INVALID_VARIABLE'
  | 'UNKNOWN_TEMPLATE'
  | 'UNSUPPORTED_LOCALE'
  | 'INVALID_POLICY'
  | 'INVALID_HISTORY'
  | 'INPUT_NOT_FOUND'
  | 'INVALID_INPUT_FILE'
  | 'INVALID_OPTION';
