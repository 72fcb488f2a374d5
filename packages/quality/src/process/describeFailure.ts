import type { CommandResult } from './CommandResult.ts';

/**
 * Summarises a failed command for a report: its exit status and the last lines of its output.
 *
 * @param what - What was run, e.g. `npm install`.
 * @param result - The command's result.
 * @param lines - How many trailing lines of output to keep.
 * @returns A message naming the command, its status and the end of its output.
 *
 * @example
 * ```ts
 * import { describeFailure } from '@receivables/quality';
 *
 * const result = { status: 1, stdout: '', stderr: 'one\ntwo\nthree\n', seconds: 0.1 };
 * console.log(describeFailure('npm install', result, 2)); // npm install exited with 1: two | three
 * ```
 */
export function describeFailure(what: string, result: CommandResult, lines = 20): string {
  const output = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '');
  const tail = output.slice(-lines).join(' | ');
  return `${what} exited with ${result.status ?? 'a signal'}${tail === '' ? '' : `: ${tail}`}`;
}
