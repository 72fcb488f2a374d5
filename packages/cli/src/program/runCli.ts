import { formatInputProblem } from '../input/formatInputProblem.ts';
import { loadCliInputs } from '../input/loadCliInputs.ts';
import { summarizeSkipped } from '../input/summarizeSkipped.ts';
import { allCommands } from './allCommands.ts';
import type { CliIo } from './CliIo.ts';
import type { ExitCode } from './exitCodes.ts';
import { runCliWith } from './runCliWith.ts';
import { todayInLocalTime } from './todayInLocalTime.ts';

/**
 * Runs the `receivables` command: `receivables <command> [options]`, `--help`, `--version`. Parses the
 * arguments, checks the shared options, reads the input files when the command asks for them, runs the
 * command and writes its result in the requested format to standard output or `--out`. It never exits
 * the process and never touches the real streams: everything goes through `io`, and the exit code is
 * returned (the `receivables` bin sets `process.exitCode` from it).
 *
 * | code | when |
 * |---|---|
 * | 0 | done (also when `--skip-invalid` left rows out: their summary goes to standard error) |
 * | 1 | an unexpected failure: the message is printed |
 * | 2 | an unknown command or option, or a bad option value (`INVALID_OPTION`) |
 * | 3 | an input, policy, scorecard or catalog file is missing or invalid: every problem on its own line |
 * | 4 | the result could not be written to `--out` |
 *
 * @param argv - The arguments after the program name, e.g. `process.argv.slice(2)`.
 * @param io - Where to write, the working directory, whether standard error is a terminal, the environment.
 * @returns The exit code.
 *
 * @example
 * ```ts
 * import { runCli } from '@receivables/cli';
 *
 * const out: string[] = [];
 * const err: string[] = [];
 * const io = { stdout: (text: string) => out.push(text), stderr: (text: string) => err.push(text), cwd: '.', interactive: false, env: {} };
 * console.log(await runCli(['--version'], io), /^\d+\.\d+\.\d+/.test(out.join(''))); // 0 true
 * console.log(await runCli(['kpis', '--locale', 'fr'], io), err.join('').split('\n')[0]); // 2 receivables kpis: --locale "fr" is not one of en, zh-CN
 * ```
 */
export function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  return runCliWith(argv, io, {
    commands: allCommands,
    loadInputs: loadCliInputs,
    today: () => todayInLocalTime(),
    formatInputProblem,
    summarizeSkipped,
  });
}
