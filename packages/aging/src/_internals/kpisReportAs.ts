import { isReceivablesError, ReceivablesError } from '@receivables/core';

/**
 * Re-labels an error raised by a core reader (`decimal`, `parseIsoDate`) under the KPI that called it,
 * keeping the reader's reason, code and details, so a message always starts with the public function's
 * name: `standardDso: creditSales: "12,5" is not a decimal number`.
 *
 * @internal
 */
export function reportAs(error: unknown, reader: string, api: string): unknown {
  const prefix = `${reader}: `;
  if (!isReceivablesError(error) || !error.message.startsWith(prefix)) return error;
  return new ReceivablesError(error.code, `${api}: ${error.message.slice(prefix.length)}`, {
    details: error.details,
    cause: error,
  });
}
