import { isReceivablesError, ReceivablesError } from '@receivables/core';

/**
 * Re-labels an error raised by a core reader (`decimal`, `parseIsoDate`, `differenceInDays`) under the
 * public function that called it, keeping the reader's reason, code and details, so a message always
 * starts with the caller's name: `paydexScore: experiences[0].amount: "12,5" is not a decimal number`.
 *
 * @internal
 */
export function modelsReportAs(error: unknown, reader: string, api: string): unknown {
  const prefix = `${reader}: `;
  if (!isReceivablesError(error) || !error.message.startsWith(prefix)) return error;
  return new ReceivablesError(error.code, `${api}: ${error.message.slice(prefix.length)}`, {
    ...(error.path === undefined ? {} : { path: error.path }),
    details: error.details,
    cause: error,
  });
}
