import { recordParse } from '../_internals/recordParse.ts';
import type { PromiseToPay } from './PromiseToPay.ts';
import { PromiseToPaySchema } from './PromiseToPaySchema.ts';

/**
 * Validates one promise to pay from outside data (JSON, a mapped CSV row) and returns it with its defaults.
 * Checks that need other records (unique ids, known customers and invoices) are made by
 * {@link parsePortfolio}.
 *
 * @param raw - Anything; typically a `PromiseToPayInput` read from a file.
 * @returns The validated promise to pay.
 * @throws {ReceivablesError} `INVALID_RECORD` listing every problem in `details.issues`, each with its
 *   path and code (see {@link PromiseToPaySchema}).
 *
 * @example
 * ```ts
 * import { parsePromiseToPay } from '@receivables/core';
 *
 * const promise = parsePromiseToPay({
 *   id: 'PTP1',
 *   customerId: 'C1',
 *   invoiceIds: ['INV-1'],
 *   madeOn: '2026-05-06',
 *   promisedDate: '2026-05-20',
 *   amount: '600.00',
 *   currency: 'CNY',
 *   status: 'kept',
 * });
 * console.log(promise.status, promise.amount.toFixed(2)); // kept 600.00
 * ```
 */
export function parsePromiseToPay(raw: unknown): PromiseToPay {
  return recordParse(PromiseToPaySchema, raw, 'INVALID_RECORD', 'parsePromiseToPay');
}
