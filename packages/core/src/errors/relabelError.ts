import { isReceivablesError } from './isReceivablesError.ts';
import { ReceivablesError } from './ReceivablesError.ts';

/**
 * Re-labels an error raised by a reader the caller delegated to (`parseIsoDate: …`, `decimal: …`) so its
 * message starts with the public function the user called, keeping the code, path and details and
 * wrapping the original as `cause`. Anything else is returned as it is, for the caller to rethrow.
 *
 * @param error - What was caught.
 * @param reader - The name the reader's messages start with, e.g. `parseIsoDate`.
 * @param api - The public function to name instead, e.g. `standardDso`.
 * @returns The re-labelled `ReceivablesError`, or `error` unchanged.
 *
 * @example
 * ```ts
 * import { parseIsoDate, relabelError } from '@receivables/core';
 *
 * try {
 *   parseIsoDate('2026-02-30');
 * } catch (error) {
 *   const relabelled = relabelError(error, 'parseIsoDate', 'nextReview') as Error;
 *   console.log(relabelled.message); // nextReview: "2026-02-30" is not a date: February 2026 has 28 days
 * }
 * ```
 */
export function relabelError(error: unknown, reader: string, api: string): unknown {
  const prefix = `${reader}: `;
  if (!isReceivablesError(error) || !error.message.startsWith(prefix)) return error;
  return new ReceivablesError(error.code, `${api}: ${error.message.slice(prefix.length)}`, {
    ...(error.path === undefined ? {} : { path: error.path }),
    details: error.details,
    cause: error,
  });
}
