import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CommanderError } from 'commander';
import type { CliInputs } from '../input/CliInputs.ts';
import { renderCommandResult } from '../output/renderCommandResult.ts';
import { buildProgram, type ProgramSelection } from './buildProgram.ts';
import type { CliDependencies } from './CliDependencies.ts';
import type { CliIo } from './CliIo.ts';
import type { CliOptions } from './CliOptions.ts';
import { createParentFolders } from './createParentFolders.ts';
import { describeSkippedRows } from './describeSkippedRows.ts';
import { type ExitCode, exitCodes } from './exitCodes.ts';
import { parseCliOptions } from './parseCliOptions.ts';
import { reportFailure } from './reportFailure.ts';

/**
 * Runs the `receivables` program on the given arguments with the given commands and input loader:
 * parse, check the shared options, run the command, render its result, write it to `--out` or
 * standard output, and map every failure to its documented exit code. `runCli` is this with the real
 * commands, the real loader and today's date.
 *
 * @param argv - The arguments after the program name, e.g. `['kpis', '--as-of', '2026-06-30']`.
 * @param io - Where to write, the working directory, the terminal and the environment.
 * @param dependencies - The commands, the input loader and the clock.
 * @returns The exit code (see `exitCodes`).
 *
 * @example
 * ```ts
 * import { exitCodes, runCliWith } from '@receivables/cli';
 *
 * const out: string[] = [];
 * const hello = {
 *   name: 'hello',
 *   summary: 'Greets the ledger date',
 *   options: [],
 *   run: async ({ options }: { options: { asOf: string } }) => ({
 *     tables: [],
 *     json: { hello: options.asOf },
 *   }),
 * };
 * const code = await runCliWith(
 *   ['hello', '--format', 'json'],
 *   { stdout: (text) => out.push(text), stderr: () => {}, cwd: '.', interactive: false, env: {} },
 *   { commands: [hello], loadInputs: () => Promise.reject(new Error('no inputs')), today: () => '2026-06-30' },
 * );
 * console.log(code === exitCodes.ok, out.join('').replace(/\s+/g, '')); // true {"hello":"2026-06-30"}
 * ```
 */
export async function runCliWith(
  argv: readonly string[],
  io: CliIo,
  dependencies: CliDependencies,
): Promise<ExitCode> {
  let selection: ProgramSelection | undefined;
  const program = buildProgram(dependencies.commands, io, (chosen) => {
    selection = chosen;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // Commander has already printed the help, the version or what was wrong with the command line.
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    return reportFailure(error, io, 'receivables');
  }
  if (selection === undefined) return exitCodes.ok;
  const { command, shared, commandOptions } = selection;
  const where = `receivables ${command.name}`;
  const formatProblem = dependencies.formatInputProblem;

  let options: CliOptions;
  let text: string;
  let exitCode: ExitCode;
  try {
    options = parseCliOptions(shared, {
      cwd: io.cwd,
      today: dependencies.today(),
      command: where,
    });
    const result = await command.run({
      options,
      commandOptions,
      io,
      loadInputs: memoizedInputs(options, io, dependencies),
    });
    text = renderCommandResult(result, { format: options.format, colors: colorsWanted(options, io) });
    exitCode = result.exitCode ?? exitCodes.ok;
  } catch (error) {
    return reportFailure(error, io, where, formatProblem);
  }

  if (options.out === undefined) {
    if (text !== '') io.stdout(text);
    return exitCode;
  }
  const path = resolve(io.cwd, options.out);
  try {
    await createParentFolders(path);
    await writeFile(path, text);
  } catch (error) {
    io.stderr(`${where}: cannot write the result to --out "${options.out}": ${(error as Error).message}\n`);
    return exitCodes.output;
  }
  return exitCode;
}

/** `context.loadInputs`: loads once, and reports the rows `--skip-invalid` left out on standard error. */
function memoizedInputs(
  options: CliOptions,
  io: CliIo,
  dependencies: CliDependencies,
): () => Promise<CliInputs> {
  let loaded: Promise<CliInputs> | undefined;
  return () => {
    loaded ??= dependencies.loadInputs(options, io).then((inputs) => {
      if (inputs.skipped.length > 0) {
        const summarize = dependencies.summarizeSkipped ?? describeSkippedRows;
        for (const line of summarize(inputs.skipped)) io.stderr(`${line}\n`);
      }
      return inputs;
    });
    return loaded;
  };
}

/** Bold headings only on a terminal: not with `NO_COLOR`, `TERM=dumb`, `--out` or another format. */
function colorsWanted(options: CliOptions, io: CliIo): boolean {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return (
    io.interactive &&
    !noColor &&
    io.env.TERM !== 'dumb' &&
    options.out === undefined &&
    options.format === 'table'
  );
}
