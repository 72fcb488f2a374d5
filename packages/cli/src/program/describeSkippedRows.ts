import type { InputProblem } from '../input/InputProblem.ts';

/**
 * The one-line summary of the rows `--skip-invalid` left out: `skipped 3 rows: 2 in invoices.csv
 * (INVALID_AMOUNT), 1 in payments.csv (INVALID_DATE)`. The program's fallback until the input topic's
 * `summarizeSkipped` exists.
 *
 * @internal
 */
export function describeSkippedRows(problems: readonly InputProblem[]): readonly string[] {
  const rows = new Set(problems.map((problem) => `${problem.file}\u0000${problem.row ?? ''}`));
  const byFile = new Map<string, { rows: Set<number | undefined>; codes: Set<string> }>();
  for (const problem of problems) {
    const entry = byFile.get(problem.file) ?? { rows: new Set(), codes: new Set() };
    entry.rows.add(problem.row);
    entry.codes.add(problem.code);
    byFile.set(problem.file, entry);
  }
  const parts = [...byFile].map(
    ([file, entry]) => `${entry.rows.size} in ${file} (${[...entry.codes].sort().join(', ')})`,
  );
  return [`skipped ${rows.size} ${rows.size === 1 ? 'row' : 'rows'}: ${parts.join(', ')}`];
}
