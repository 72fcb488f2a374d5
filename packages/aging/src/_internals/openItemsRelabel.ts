import { isReceivablesError, ReceivablesError } from '@receivables/core';

/**
 * Re-labels an error raised by a core function (`parseIsoDate`, `toMinorUnits`) under the public
 * function that called it, keeping the code, reason and details, and naming the field:
 * `computeOpenItems: asOf: "2026-02-30" is not a date: February 2026 has 28 days`.
 *
 * @internal
 */
export function openItemsRelabel(error: unknown, api: string, field?: string): unknown {
  if (!isReceivablesError(error)) return error;
  const colon = error.message.indexOf(': ');
  const reason = colon < 0 ? error.message : error.message.slice(colon + 2);
  const where = field === undefined || reason.startsWith(`${field}: `) ? '' : `${field}: `;
  return new ReceivablesError(error.code, `${api}: ${where}${reason}`, {
    details: error.details,
    cause: error,
  });
}
