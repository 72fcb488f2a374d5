import { currencyMinorUnits } from '@receivables/core';
import { problemCodeOfIssue } from '../input/_internals/problemCodeOfIssue.ts';
import type { InputProblem } from '../input/InputProblem.ts';
import type { AppliedTable } from './AppliedTable.ts';
import { createCellReaders } from './createCellReaders.ts';
import { findId } from './IdIndex.ts';
import type { InvoiceCheck } from './InvoiceRangeResult.ts';
import { minorText } from './minorText.ts';
import { readApplicationRow } from './readApplicationRow.ts';
import { readCsvFile } from './readCsvFile.ts';
import type { StreamSources } from './readStreamSources.ts';
import { isExcluded, type StreamExclusions } from './StreamExclusions.ts';
import type { StreamFile } from './StreamFile.ts';
import type { StreamProblems } from './StreamProblems.ts';
import { streamRowProblem } from './streamRowProblem.ts';

/** What {@link checkApplicationRows} checks. @internal */
export interface CheckApplicationRowsOptions {
  readonly paymentApplications: StreamFile | undefined;
  readonly creditNoteApplications: StreamFile | undefined;
  readonly sources: StreamSources;
  readonly applied: AppliedTable;
  /** The invoices the invoice readers flagged, by id. */
  readonly checks: ReadonlyMap<string, InvoiceCheck>;
  readonly columnMap: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly exclusions: StreamExclusions;
  /** Where problems go that leave the aging as it is. */
  readonly problems: StreamProblems;
}

interface Candidate {
  readonly order: readonly [number, number, number];
  readonly file: string;
  readonly row: number;
  readonly columns: Readonly<Record<string, string>>;
  readonly amount: string | undefined;
  readonly minor: number;
  readonly instalment: number | undefined;
}

/**
 * Checks the application rows against the invoices once the invoices file has been read, the way
 * core's `parsePortfolio` does, with one more pass over the application files (only when the invoice
 * readers met something to check): an unknown invoice, another customer's or currency's invoice, an
 * instalment the invoice lacks (these leave the aging as it is: such an application stays unapplied
 * either way), and, in document order (payments then credit notes, each in file order, its applications
 * in row order), the application that takes an invoice (or its instalment 1) over its amount: that one
 * changed the aging, so it is returned for a second pass without it under `--skip-invalid`.
 *
 * @param options - The files, the records, the table, the flagged invoices.
 * @returns The over-applying rows.
 * @internal
 */
export async function checkApplicationRows(options: CheckApplicationRowsOptions): Promise<InputProblem[]> {
  const { sources, applied, checks, problems } = options;
  const candidates = new Map<string, Candidate[]>();
  const plan = [
    [options.paymentApplications, sources.payments, 'paymentId', 'payment-applications', 0],
    [options.creditNoteApplications, sources.creditNotes, 'creditNoteId', 'credit-note-applications', 1],
  ] as const;
  for (const [file, table, sourceField, kind, kindOrder] of plan) {
    if (file === undefined) continue;
    const readers = createCellReaders();
    // The rows were checked on their own when the table was built: only references are judged here.
    await readCsvFile(file, kind, options.columnMap, undefined, (record, row, fields) => {
      if (isExcluded(options.exclusions, file.label, row)) return;
      const at = fields.indexes.get(sourceField);
      const sourceId = (at === undefined ? undefined : record[at]?.trim()) ?? '';
      const position = sourceId === '' ? -1 : table.ids.find(sourceId);
      if (position < 0) return;
      const owner = table.owner[position]!;
      const currency = { code: sources.currencies[owner]!, digits: sources.digits[owner]! };
      const result = readApplicationRow(
        record,
        row,
        { sourceField, file: file.label, fields, readers },
        currency,
      );
      if (!result.ok) return;
      const { invoiceId, instalment, amountMinor } = result.application;
      const problem = (field: string, value: string, issue: string, reason: string): InputProblem =>
        streamRowProblem(
          file.label,
          row,
          fields.columns,
          field,
          value,
          problemCodeOfIssue(issue, 'INVALID_PORTFOLIO'),
          reason,
        );
      const name = JSON.stringify(invoiceId);
      const check = checks.get(invoiceId);
      if (check === undefined) {
        const entry = findId(applied.ids, invoiceId);
        const seen = entry < 0 ? 1 : applied.seen[entry];
        if (seen === 0) {
          problems.rejected.push(
            problem('invoiceId', invoiceId, 'unknown_invoice', `invoice ${name} is not among the invoices`),
          );
        } else if (seen === 2) {
          const reason = `left out with its invoice ${name}, which is invalid`;
          problems.dependent.push(problem('invoiceId', invoiceId, 'unknown_invoice', reason));
        }
        return;
      }
      const customerId = sources.customerIds[owner]!;
      if (customerId !== check.customerId) {
        const reason = `invoice ${name} belongs to customer ${JSON.stringify(check.customerId)}, not ${JSON.stringify(customerId)}`;
        problems.rejected.push(problem('invoiceId', invoiceId, 'customer_mismatch', reason));
        return;
      }
      if (currency.code !== check.currency) {
        const reason = `invoice ${name} is in ${check.currency}, not ${currency.code}`;
        problems.rejected.push(problem('invoiceId', invoiceId, 'currency_mismatch', reason));
        return;
      }
      if (instalment !== undefined && instalment !== 1) {
        const reason = `invoice ${name} has 1 instalment, so there is no instalment ${instalment}`;
        problems.rejected.push(problem('instalment', String(instalment), 'unknown_instalment', reason));
        return;
      }
      const amountAt = fields.indexes.get('amount');
      const candidate: Candidate = {
        order: [kindOrder, position, row],
        file: file.label,
        row,
        columns: fields.columns,
        amount: amountAt === undefined ? undefined : record[amountAt],
        minor: amountMinor,
        instalment,
      };
      const list = candidates.get(invoiceId);
      if (list === undefined) candidates.set(invoiceId, [candidate]);
      else list.push(candidate);
    });
  }
  return overApplied(candidates, checks);
}

function overApplied(
  candidates: ReadonlyMap<string, Candidate[]>,
  checks: ReadonlyMap<string, InvoiceCheck>,
): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const [invoiceId, list] of candidates) {
    const check = checks.get(invoiceId)!;
    list.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
    const digits = currencyMinorUnits(check.currency);
    const totals = { instalment: 0, whole: 0 };
    const reported = { instalment: false, whole: false };
    for (const candidate of list) {
      const targets: (readonly ['instalment' | 'whole', string])[] = [];
      if (candidate.instalment === 1)
        targets.push(['instalment', `instalment 1 of invoice ${JSON.stringify(invoiceId)}`]);
      targets.push(['whole', `invoice ${JSON.stringify(invoiceId)}`]);
      for (const [target, text] of targets) {
        totals[target] += candidate.minor;
        if (reported[target] || totals[target] <= check.amountMinor) continue;
        reported[target] = true;
        const reason = `payments and credit notes apply ${minorText(totals[target], check.currency, digits)} to ${text}, more than its amount ${minorText(check.amountMinor, check.currency, digits)}`;
        const code = problemCodeOfIssue('over_applied', 'INVALID_PORTFOLIO');
        problems.push(
          streamRowProblem(
            candidate.file,
            candidate.row,
            candidate.columns,
            'amount',
            candidate.amount,
            code,
            reason,
          ),
        );
      }
    }
  }
  return problems;
}
