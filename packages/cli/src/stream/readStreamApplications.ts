import { problemCodeOfIssue } from '../input/_internals/problemCodeOfIssue.ts';
import { type AppliedTable, createAppliedTableBuilder } from './AppliedTable.ts';
import { createCellReaders } from './createCellReaders.ts';
import { minorText } from './minorText.ts';
import { readApplicationRow } from './readApplicationRow.ts';
import { readCsvFile } from './readCsvFile.ts';
import type { StreamSources } from './readStreamSources.ts';
import { isExcluded, type StreamExclusions } from './StreamExclusions.ts';
import type { StreamFile } from './StreamFile.ts';
import type { StreamProblems } from './StreamProblems.ts';
import { streamRowProblem } from './streamRowProblem.ts';

/** What {@link readStreamApplications} reads. @internal */
export interface ReadStreamApplicationsOptions {
  readonly paymentApplications: StreamFile | undefined;
  readonly creditNoteApplications: StreamFile | undefined;
  readonly sources: StreamSources;
  readonly columnMap: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly exclusions: StreamExclusions;
  readonly problems: StreamProblems;
  /** Whether the table's arrays go to worker threads. */
  readonly shared: boolean;
  readonly onBytes?: (bytes: number) => void;
}

/**
 * Reads the payment and credit-note applications into an {@link AppliedTable}: by invoice id, what is
 * applied by `asOf` and at face value. Each row is checked like core's application schema in its
 * record's currency; its payment or credit note must exist; the applications of one record may not add
 * up to more than its amount (core's rule: a row that would take it over is a problem). As in
 * `computeOpenItems`, each application takes at most what its record has left, in file order.
 *
 * @param options - The files, the payments and credit notes, exclusions, where problems go.
 * @returns The table.
 * @internal
 */
export async function readStreamApplications(options: ReadStreamApplicationsOptions): Promise<AppliedTable> {
  const builder = createAppliedTableBuilder();
  const { sources, problems } = options;
  const plan = [
    [options.paymentApplications, sources.payments, 'paymentId', 'payment-applications'],
    [options.creditNoteApplications, sources.creditNotes, 'creditNoteId', 'credit-note-applications'],
  ] as const;
  for (const [file, table, sourceField, kind] of plan) {
    if (file === undefined) continue;
    const readers = createCellReaders();
    const noun = table.kind === 'payment' ? 'payment' : 'credit note';
    await readCsvFile(
      file,
      kind,
      options.columnMap,
      problems,
      (record, row, fields) => {
        if (isExcluded(options.exclusions, file.label, row)) return;
        const at = fields.indexes.get(sourceField);
        const sourceId = (at === undefined ? undefined : record[at]?.trim()) ?? '';
        const position = sourceId === '' ? -1 : table.ids.find(sourceId);
        const owner = position < 0 ? undefined : table.owner[position]!;
        const currency =
          owner === undefined
            ? undefined
            : { code: sources.currencies[owner]!, digits: sources.digits[owner]! };
        const context = { sourceField, file: file.label, fields, readers };
        const result = readApplicationRow(record, row, context, currency);
        if (!result.ok && result.problems.length > 0) {
          problems.rejected.push(...result.problems);
          return;
        }
        if (position < 0 || owner === undefined || currency === undefined || !result.ok) {
          const broken = table.broken.has(sourceId);
          const reason = broken
            ? `left out with its ${noun} ${JSON.stringify(sourceId)}, which is invalid`
            : `${noun} ${JSON.stringify(sourceId)} is not among the ${noun}s`;
          const problem = streamRowProblem(
            file.label,
            row,
            fields.columns,
            sourceField,
            sourceId,
            'INVALID_PORTFOLIO',
            reason,
          );
          (broken ? problems.dependent : problems.rejected).push(problem);
          return;
        }
        const { application } = result;
        const amount = table.amountMinor[position]!;
        const claimed = table.claimed[position]! + application.amountMinor;
        if (claimed > amount) {
          // Every row that would take its record over is reported; left out, it leaves the total as it was.
          const { code, digits } = currency;
          const reason = `the applications of ${noun} ${JSON.stringify(sourceId)} reach ${minorText(claimed, code, digits)}, more than its amount ${minorText(amount, code, digits)}`;
          const cell = record[fields.indexes.get('amount') ?? -1];
          const issue = problemCodeOfIssue('over_applied', 'INVALID_PORTFOLIO');
          problems.rejected.push(
            streamRowProblem(file.label, row, fields.columns, 'amount', cell, issue, reason),
          );
          return;
        }
        table.claimed[position] = claimed;
        let applied = 0;
        if (table.dated[position]) {
          applied = Math.min(application.amountMinor, table.left[position]!);
          table.left[position]! -= applied;
        }
        builder.add(application.invoiceId, owner, applied, application.amountMinor, application.instalment);
      },
      options.onBytes,
    );
  }
  return builder.finish(options.shared);
}
