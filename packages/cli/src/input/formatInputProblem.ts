import type { InputProblem } from './InputProblem.ts';

/**
 * Writes an input problem as one line for standard error: where it is (file, row, and the column of a
 * CSV file or the path inside a JSON record), why, and the error code.
 *
 * @param problem - A problem from `INVALID_INPUT_FILE`'s `details.problems` or `CliInputs.skipped`.
 * @returns e.g. `invoices.csv:17: column amount: "12,50" is not a decimal number (INVALID_AMOUNT)`.
 *
 * @example
 * ```ts
 * import { formatInputProblem } from '@receivables/cli';
 *
 * console.log(formatInputProblem({ file: 'invoices.csv', row: 17, column: 'amount', value: '12,50', code: 'INVALID_AMOUNT', reason: '"12,50" is not a decimal number' })); // invoices.csv:17: column amount: "12,50" is not a decimal number (INVALID_AMOUNT)
 * console.log(formatInputProblem({ file: 'invoices.json', row: 3, column: 'instalments[1].dueDate', code: 'INVALID_DATE', reason: '"2026-02-30" is not a date' })); // invoices.json:3: at instalments[1].dueDate: "2026-02-30" is not a date (INVALID_DATE)
 * console.log(formatInputProblem({ file: 'customers.csv', code: 'INVALID_INPUT_FILE', reason: 'is empty: a CSV file starts with a header row' })); // customers.csv: is empty: a CSV file starts with a header row (INVALID_INPUT_FILE)
 * ```
 */
export function formatInputProblem(problem: InputProblem): string {
  const row = problem.row === undefined ? '' : `:${problem.row}`;
  const json = /\.json$/i.test(problem.file);
  const column = problem.column === undefined ? '' : `${json ? 'at' : 'column'} ${problem.column}: `;
  return `${problem.file}${row}: ${column}${problem.reason} (${problem.code})`;
}
