import { recordParse } from '../_internals/recordParse.ts';
import type { CreditNote } from './CreditNote.ts';
import { CreditNoteSchema } from './CreditNoteSchema.ts';

/**
 * Validates one credit note from outside data (JSON, a mapped CSV row) and returns it with its defaults.
 * Checks that need other records (unique ids, known customers and invoices) are made by
 * {@link parsePortfolio}.
 *
 * @param raw - Anything; typically a `CreditNoteInput` read from a file.
 * @returns The validated credit note.
 * @throws {ReceivablesError} `INVALID_RECORD` listing every problem in `details.issues`, each with its
 *   path and code (see {@link CreditNoteSchema}).
 *
 * @example
 * ```ts
 * import { parseCreditNote } from '@receivables/core';
 *
 * const note = parseCreditNote({ id: 'CN1', customerId: 'C1', currency: 'JPY', date: '2026-04-12', amount: 800 });
 * console.log(note.amount.toString()); // 800
 * try {
 *   parseCreditNote({ id: 'CN2', customerId: 'C1', currency: 'JPY', date: '2026-04-12', amount: 800.5 });
 * } catch (error) {
 *   console.log((error as Error).message.split('\n')[1]); //   amount: 800.5 has 1 decimal but JPY allows 0
 * }
 * ```
 */
export function parseCreditNote(raw: unknown): CreditNote {
  return recordParse(CreditNoteSchema, raw, 'INVALID_RECORD', 'parseCreditNote');
}
