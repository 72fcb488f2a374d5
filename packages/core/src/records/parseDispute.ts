import { recordParse } from '../_internals/recordParse.ts';
import type { Dispute } from './Dispute.ts';
import { DisputeSchema } from './DisputeSchema.ts';

/**
 * Validates one dispute from outside data (JSON, a mapped CSV row) and returns it with its defaults.
 * Checks that need other records (unique ids, known customers and invoices) are made by
 * {@link parsePortfolio}.
 *
 * @param raw - Anything; typically a `DisputeInput` read from a file.
 * @returns The validated dispute.
 * @throws {ReceivablesError} `INVALID_RECORD` listing every problem in `details.issues`, each with its
 *   path and code (see {@link DisputeSchema}).
 *
 * @example
 * ```ts
 * import { parseDispute } from '@receivables/core';
 *
 * const dispute = parseDispute({
 *   id: 'D1',
 *   customerId: 'C1',
 *   invoiceId: 'INV-1',
 *   openedOn: '2026-05-02',
 *   resolvedOn: '2026-05-20',
 *   amount: '100.00',
 * });
 * console.log(dispute.resolvedOn); // 2026-05-20
 * try {
 *   parseDispute({ ...dispute, resolvedOn: '2026-04-30' });
 * } catch (error) {
 *   console.log((error as Error).message.split('\n')[1]); //   resolvedOn: resolved on 2026-04-30, before the dispute was opened on 2026-05-02
 * }
 * ```
 */
export function parseDispute(raw: unknown): Dispute {
  return recordParse(DisputeSchema, raw, 'INVALID_RECORD', 'parseDispute');
}
