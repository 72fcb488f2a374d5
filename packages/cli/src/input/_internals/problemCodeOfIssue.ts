import type { ReceivablesErrorCode } from '@receivables/core';

const BY_ISSUE: Readonly<Record<string, ReceivablesErrorCode>> = {
  invalid_amount: 'INVALID_AMOUNT',
  too_precise: 'AMOUNT_TOO_PRECISE',
  invalid_currency: 'INVALID_CURRENCY',
  invalid_date: 'INVALID_DATE',
  currency_mismatch: 'CURRENCY_MISMATCH',
  duplicate_id: 'INVALID_PORTFOLIO',
  unknown_customer: 'INVALID_PORTFOLIO',
  unknown_invoice: 'INVALID_PORTFOLIO',
  unknown_instalment: 'INVALID_PORTFOLIO',
  customer_mismatch: 'INVALID_PORTFOLIO',
  dispute_exceeds_invoice: 'INVALID_PORTFOLIO',
};

/**
 * The suite error code an input problem carries for a validation issue: the specific code of a bad
 * amount, decimal count, currency or date; `INVALID_PORTFOLIO` for a reference or total across records;
 * `fallback` (the validating function's own code) for every other rule.
 *
 * @internal
 */
export function problemCodeOfIssue(issueCode: string, fallback: ReceivablesErrorCode): ReceivablesErrorCode {
  return Object.hasOwn(BY_ISSUE, issueCode) ? (BY_ISSUE[issueCode] as ReceivablesErrorCode) : fallback;
}
