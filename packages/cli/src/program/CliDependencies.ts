import type { IsoDate } from '@receivables/core';
import type { CliInputs } from '../input/CliInputs.ts';
import type { InputProblem } from '../input/InputProblem.ts';
import type { CliCommand } from './CliCommand.ts';
import type { CliIo } from './CliIo.ts';
import type { CliOptions } from './CliOptions.ts';

/**
 * What `runCli` is made of, so that a test or an integrator can run the program with other commands,
 * another input loader or a fixed date.
 */
export interface CliDependencies {
  /** The subcommands, in the order the help lists them. */
  readonly commands: readonly CliCommand[];
  /** Reads and validates the input files the options name (called at most once per run). */
  readonly loadInputs: (options: CliOptions, io: Pick<CliIo, 'cwd'>) => Promise<CliInputs>;
  /** The date `--as-of` defaults to (the program passes today's date in the machine's time zone). */
  readonly today: () => IsoDate;
  /** One input problem on one line. @defaultValue `file:row: column c: "value" reason (CODE)` */
  readonly formatInputProblem?: (problem: InputProblem) => string;
  /** The summary lines of the rows `--skip-invalid` left out, printed to standard error. */
  readonly summarizeSkipped?: (problems: readonly InputProblem[]) => readonly string[];
}
