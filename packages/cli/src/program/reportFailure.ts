import { isReceivablesError, type ReceivablesErrorCode, type ValidationIssue } from '@receivables/core';
import type { InputProblem } from '../input/InputProblem.ts';
import type { CliIo } from './CliIo.ts';
import { describeInputProblem } from './describeInputProblem.ts';
import { type ExitCode, exitCodes } from './exitCodes.ts';

/** The codes that mean "an input file, or a policy, scorecard or catalog file, is missing or wrong". */
const INPUT_CODES: ReadonlySet<ReceivablesErrorCode> = new Set<ReceivablesErrorCode>([
  'INPUT_NOT_FOUND',
  'INVALID_INPUT_FILE',
  'INVALID_POLICY',
  'INVALID_SCORECARD',
  'INVALID_CATALOG',
  'INVALID_HISTORY',
  'INVALID_PORTFOLIO',
  'INVALID_RECORD',
]);

/**
 * Prints why a command failed to standard error and returns the documented exit code: `INVALID_OPTION`
 * is a usage error (2); a missing or invalid input, policy, scorecard or catalog file is 3, with every
 * problem on its own line; anything else is 1 with its message.
 *
 * @internal
 */
export function reportFailure(
  error: unknown,
  io: Pick<CliIo, 'stderr'>,
  where: string,
  formatProblem: (problem: InputProblem) => string = describeInputProblem,
): ExitCode {
  if (!isReceivablesError(error)) {
    const name = error instanceof Error ? error.name : typeof error;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${where}: unexpected ${name}: ${message}\n`);
    io.stderr('This is a bug in the receivables command: please report it with the message above.\n');
    return exitCodes.internal;
  }
  const problems = error.details.problems;
  const listed = INPUT_CODES.has(error.code) && Array.isArray(problems) && problems.length > 0;
  // A message may already quote some of the problems; when all of them follow, its first line is enough.
  const message = listed ? (error.message.split('\n')[0] ?? '') : error.message;
  io.stderr(`${message.startsWith('receivables') ? '' : `${where}: `}${message}\n`);
  if (error.code === 'INVALID_OPTION') {
    io.stderr(`Run "${where} --help" to see the options.\n`);
    return exitCodes.usage;
  }
  if (!INPUT_CODES.has(error.code)) return exitCodes.internal;
  if (listed) {
    for (const problem of problems as readonly InputProblem[]) io.stderr(`${formatProblem(problem)}\n`);
  }
  for (const issue of (error.details.issues ?? []) as readonly ValidationIssue[]) {
    io.stderr(`${issue.pathText === '' ? '(root)' : issue.pathText}: ${issue.message} (${issue.code})\n`);
  }
  return exitCodes.invalidInput;
}
