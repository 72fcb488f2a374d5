import type { CliInputs } from '../input/CliInputs.ts';
import type { CliIo } from './CliIo.ts';
import type { CliOptions } from './CliOptions.ts';
import type { ExitCode } from './exitCodes.ts';

/** One column of an output table. */
export interface OutputColumn {
  /** Stable key: the JSON and CSV field name. */
  readonly key: string;
  /** The heading, in the run's locale. */
  readonly label: string;
  /** Numbers are right-aligned in table and Markdown output. @defaultValue `'left'` */
  readonly align?: 'left' | 'right';
}

/** A titled table of already formatted cells: what `table`, `md` and `csv` output print. */
export interface OutputTable {
  /** Stable id, e.g. `agedBalances`. */
  readonly id: string;
  /** The title, in the run's locale. */
  readonly title: string;
  readonly columns: readonly OutputColumn[];
  /** One record per row, keyed by column key; cells are text (amounts exact, never rounded away). */
  readonly rows: readonly Readonly<Record<string, string>>[];
  /** Lines printed under the table (definitions, counts, warnings). */
  readonly notes?: readonly string[];
}

/** What a command returns; the program renders it in the requested format and sets the exit code. */
export interface CommandResult {
  /** For `table` and `md` output all tables are printed; `csv` prints the first one. */
  readonly tables: readonly OutputTable[];
  /** For `--format json`: machine-readable data, amounts as decimal strings, dates as ISO strings. */
  readonly json: unknown;
  /** A complete document that replaces the tables (the HTML report); written as it is. */
  readonly document?: string;
  /** @defaultValue `exitCodes.ok` */
  readonly exitCode?: ExitCode;
}

/** A command-specific option, declared for the argument parser and the help text. */
export interface CommandOption {
  /** Commander flags, e.g. `'--from <date>'` or `'--explain <customerId>'`. */
  readonly flags: string;
  readonly description: string;
  readonly defaultValue?: string;
}

/** What a command gets when it runs. */
export interface CommandContext {
  readonly options: CliOptions;
  /** The command's own options as the parser read them (strings or booleans); the command checks them. */
  readonly commandOptions: Readonly<Record<string, unknown>>;
  readonly io: CliIo;
  /** Reads and validates the input files named by the options (once; later calls return the same value). */
  readonly loadInputs: () => Promise<CliInputs>;
}

/** A subcommand of `receivables`. */
export interface CliCommand {
  readonly name: string;
  /** One line for the help text. */
  readonly summary: string;
  readonly options: readonly CommandOption[];
  readonly run: (context: CommandContext) => Promise<CommandResult>;
}
