import { isReceivablesError, ReceivablesError } from '@receivables/core';

const API_PREFIX = /^[A-Za-z]\w*: /;

/**
 * Runs a core reader and re-throws its suite error under the public function's name, keeping the code,
 * the details and the original as `cause`: `money: principal: …` becomes `lateInterest: principal: …`.
 *
 * @internal
 */
export function lateChargesRethrow<T>(api: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!isReceivablesError(error)) throw error;
    throw new ReceivablesError(error.code, `${api}: ${error.message.replace(API_PREFIX, '')}`, {
      ...(error.path === undefined ? {} : { path: error.path }),
      details: error.details,
      cause: error,
    });
  }
}
