import { recordParse } from '../_internals/recordParse.ts';
import type { Payment } from './Payment.ts';
import { PaymentSchema } from './PaymentSchema.ts';

/**
 * Validates one payment from outside data (JSON, a mapped CSV row) and returns it with its defaults.
 * Checks that need other records (unique ids, known customers and invoices) are made by
 * {@link parsePortfolio}.
 *
 * @param raw - Anything; typically a `PaymentInput` read from a file.
 * @returns The validated payment.
 * @throws {ReceivablesError} `INVALID_RECORD` listing every problem in `details.issues`, each with its
 *   path and code (see {@link PaymentSchema}).
 *
 * @example
 * ```ts
 * import { parsePayment } from '@receivables/core';
 *
 * const payment = parsePayment({ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-04-10', amount: 500 });
 * console.log(payment.applications.length); // 0
 * try {
 *   parsePayment({ id: 'P2', customerId: 'C1', currency: 'CNY', date: '2026-04-10', amount: '-5' });
 * } catch (error) {
 *   console.log((error as Error).message.split('\n')[1]); //   amount: -5 is not a positive amount
 * }
 * ```
 */
export function parsePayment(raw: unknown): Payment {
  return recordParse(PaymentSchema, raw, 'INVALID_RECORD', 'parsePayment');
}
