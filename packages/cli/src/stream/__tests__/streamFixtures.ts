import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PortfolioInput } from '@receivables/core';
import { openLedgerCsv } from '../../../scripts/ledgerCsv.ts';
import type { StreamInputs } from '../StreamInputs.ts';

/** A fresh temporary folder and a function that removes it. */
export function temporaryFolder(): { readonly folder: string; readonly remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'receivables-stream-'));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Writes a (flattened) portfolio as the CSV files of a data folder. */
export async function writeLedger(folder: string, portfolio: PortfolioInput): Promise<void> {
  const writer = openLedgerCsv(folder);
  await writer.write(portfolio);
  await writer.close();
}

/** Writes files given as text, by name. */
export function writeFiles(folder: string, files: Readonly<Record<string, string>>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
}

/** The stream inputs of a data folder holding every ledger file (labels are the bare file names). */
export function ledgerInputs(folder: string, only?: readonly string[]): StreamInputs {
  const file = (name: string) => ({ path: join(folder, `${name}.csv`), label: `${name}.csv` });
  const want = (name: string) => only === undefined || only.includes(name);
  return {
    customers: file('customers'),
    invoices: file('invoices'),
    ...(want('payments') ? { payments: file('payments') } : {}),
    ...(want('payment-applications') ? { paymentApplications: file('payment-applications') } : {}),
    ...(want('credit-notes') ? { creditNotes: file('credit-notes') } : {}),
    ...(want('credit-note-applications') ? { creditNoteApplications: file('credit-note-applications') } : {}),
    ...(want('disputes') ? { disputes: file('disputes') } : {}),
  };
}
