import { describeValue } from '@receivables/core';
import { formatInputProblem } from './formatInputProblem.ts';
import type { InputProblem } from './InputProblem.ts';

/** A record of a `--portfolio` file is named by its path from the root: `invoices[3]`. */
const PORTFOLIO_RECORD = /^(customers|invoices|payments|creditNotes|disputes|promises)\[\d+\]/;

/**
 * Sums up what `--skip-invalid` left out, for standard error: how many rows were skipped, in which
 * files and why (the error codes), and which columns were not read. A row with several problems counts
 * once; the records of a `--portfolio` file are told apart by their JSON path.
 *
 * @param problems - `CliInputs.skipped`.
 * @returns The lines to print, none when nothing was skipped.
 *
 * @example
 * ```ts
 * import { summarizeSkipped } from '@receivables/cli';
 *
 * const lines = summarizeSkipped([
 *   { file: 'invoices.csv', row: 4, column: 'amount', code: 'INVALID_AMOUNT', reason: '"12,5" is not a decimal number' },
 *   { file: 'invoices.csv', row: 4, column: 'dueDate', code: 'INVALID_DATE', reason: '"2026-02-30" is not a date' },
 *   { file: 'invoices.csv', row: 9, column: 'amount', code: 'INVALID_AMOUNT', reason: '"" is not a decimal number' },
 *   { file: 'payments.csv', row: 2, column: 'customerId', code: 'INVALID_PORTFOLIO', reason: 'left out because customer "C7" ... was left out' },
 *   { file: 'customers.csv', column: 'regoin', code: 'INVALID_INPUT_FILE', reason: 'unknown column "regoin"' },
 * ]);
 * console.log(lines[0]); // skipped 3 rows: 2 in invoices.csv (INVALID_AMOUNT, INVALID_DATE), 1 in payments.csv (INVALID_PORTFOLIO)
 * console.log(lines[1]); // did not read 1 column: "regoin" in customers.csv
 * ```
 */
export function summarizeSkipped(problems: readonly InputProblem[]): readonly string[] {
  const rowsByFile = new Map<string, { readonly rows: Set<string>; readonly codes: Set<string> }>();
  const columns: string[] = [];
  const others: string[] = [];
  for (const problem of problems) {
    const record =
      problem.row !== undefined ? String(problem.row) : PORTFOLIO_RECORD.exec(problem.column ?? '')?.[0];
    if (record === undefined) {
      if (problem.column !== undefined) columns.push(`${describeValue(problem.column)} in ${problem.file}`);
      else others.push(formatInputProblem(problem));
      continue;
    }
    const file = rowsByFile.get(problem.file) ?? { rows: new Set<string>(), codes: new Set<string>() };
    file.rows.add(record);
    file.codes.add(problem.code);
    rowsByFile.set(problem.file, file);
  }
  const lines: string[] = [];
  if (rowsByFile.size > 0) {
    let total = 0;
    const parts: string[] = [];
    for (const [file, { rows, codes }] of rowsByFile) {
      total += rows.size;
      parts.push(`${rows.size} in ${file} (${[...codes].join(', ')})`);
    }
    lines.push(`skipped ${total} row${total === 1 ? '' : 's'}: ${parts.join(', ')}`);
  }
  if (columns.length > 0) {
    lines.push(
      `did not read ${columns.length} column${columns.length === 1 ? '' : 's'}: ${columns.join(', ')}`,
    );
  }
  return [...lines, ...others];
}
