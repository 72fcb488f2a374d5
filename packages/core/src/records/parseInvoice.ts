import { recordParse } from '../_internals/recordParse.ts';
import type { Invoice } from './Invoice.ts';
import { InvoiceSchema } from './InvoiceSchema.ts';

/**
 * Validates one invoice from outside data (JSON, a mapped CSV row) and returns it with its defaults.
 * Checks that need other records (unique ids, known customers and invoices) are made by
 * {@link parsePortfolio}.
 *
 * @param raw - Anything; typically a `InvoiceInput` read from a file.
 * @returns The validated invoice.
 * @throws {ReceivablesError} `INVALID_RECORD` listing every problem in `details.issues`, each with its
 *   path and code (see {@link InvoiceSchema}).
 *
 * @example
 * ```ts
 * import { isReceivablesError, parseInvoice } from '@receivables/core';
 *
 * const invoice = parseInvoice({
 *   id: 'INV-1',
 *   customerId: 'C1',
 *   currency: 'CNY',
 *   issueDate: '2026-03-01',
 *   dueDate: '2026-03-31',
 *   amount: '1200.00',
 * });
 * console.log(invoice.instalments.length, invoice.instalments[0]?.role); // 1 final
 * try {
 *   parseInvoice({ id: 'INV-2', customerId: 'C1', currency: 'CNY', issueDate: '2026-03-01', dueDate: '2026-02-30', amount: '12.345' });
 * } catch (error) {
 *   if (isReceivablesError(error, 'INVALID_RECORD')) {
 *     console.log(error.details.issues?.map((issue) => issue.code)); // ["invalid_date","too_precise"]
 *   }
 * }
 * ```
 */
export function parseInvoice(raw: unknown): Invoice {
  return recordParse(InvoiceSchema, raw, 'INVALID_RECORD', 'parseInvoice');
}
