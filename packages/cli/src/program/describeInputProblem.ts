import { describeValue } from '@receivables/core';
import type { InputProblem } from '../input/InputProblem.ts';

/**
 * One input problem on one line, `file:row: column c: "value" reason (CODE)`, the way compilers print
 * errors so that editors and `grep` can use them. The program's fallback until the input topic's
 * `formatInputProblem` exists.
 *
 * @internal
 */
export function describeInputProblem(problem: InputProblem): string {
  const where = problem.row === undefined ? problem.file : `${problem.file}:${problem.row}`;
  const column = problem.column === undefined ? '' : `column ${problem.column}: `;
  const value = problem.value === undefined ? '' : `${describeValue(problem.value)} `;
  return `${where}: ${column}${value}${problem.reason} (${problem.code})`;
}
