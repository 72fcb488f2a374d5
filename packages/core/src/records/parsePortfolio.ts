import { recordParse } from '../_internals/recordParse.ts';
import type { Portfolio } from './Portfolio.ts';
import { PortfolioSchema } from './PortfolioSchema.ts';

/**
 * Validates a whole portfolio from outside data: every record by its own schema, then the records
 * that passed against each other (unique ids, known customers and invoices, matching customers and
 * currencies, existing instalments, nothing applied or disputed beyond an invoice). Every problem is
 * collected before anything is thrown, so one run lists them all. Linear in the number of records.
 *
 * @param raw - Anything; typically a `PortfolioInput` read from JSON.
 * @returns The validated portfolio, every list present.
 * @throws {ReceivablesError} `INVALID_PORTFOLIO` listing every problem in `details.issues`, each with
 *   its path (`invoices[12].dueDate`) and code (see {@link PortfolioSchema} and the record schemas).
 *
 * @example
 * ```ts
 * import { isReceivablesError, parsePortfolio } from '@receivables/core';
 *
 * const portfolio = parsePortfolio({
 *   customers: [{ id: 'C1', name: 'Hengda Trading' }],
 *   invoices: [
 *     { id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-03-01', dueDate: '2026-03-31', amount: '1200.00' },
 *   ],
 *   payments: [
 *     {
 *       id: 'P1',
 *       customerId: 'C1',
 *       currency: 'CNY',
 *       date: '2026-03-28',
 *       amount: '1200.00',
 *       applications: [{ invoiceId: 'INV-1', amount: '1200.00' }],
 *     },
 *   ],
 * });
 * console.log(portfolio.invoices.length, portfolio.disputes.length); // 1 0
 *
 * try {
 *   parsePortfolio({
 *     customers: [{ id: 'C1', name: 'Hengda Trading' }],
 *     invoices: [
 *       { id: 'INV-2', customerId: 'C1', currency: 'CNY', issueDate: '2026-03-01', dueDate: '2026-02-30', amount: 5 },
 *       { id: 'INV-3', customerId: 'C7', currency: 'CNY', issueDate: '2026-03-01', dueDate: '2026-03-31', amount: 5 },
 *     ],
 *   });
 * } catch (error) {
 *   const lines = isReceivablesError(error, 'INVALID_PORTFOLIO') ? error.message.split('\n') : [];
 *   console.log(lines[0]); // parsePortfolio: 2 problems
 *   console.log(lines[1]); //   invoices[0].dueDate: "2026-02-30" is not a date: February 2026 has 28 days
 *   console.log(lines[2]); //   invoices[1].customerId: customer "C7" is not among the portfolio's customers
 * }
 * ```
 */
export function parsePortfolio(raw: unknown): Portfolio {
  return recordParse(PortfolioSchema, raw, 'INVALID_PORTFOLIO', 'parsePortfolio');
}
