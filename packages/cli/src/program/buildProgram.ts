import { Command, Option } from 'commander';
import type { CliCommand } from './CliCommand.ts';
import type { CliIo } from './CliIo.ts';
import { cliVersion } from './cliVersion.ts';
import type { RawCliOptions } from './RawCliOptions.ts';
import { sharedOptions } from './sharedOptions.ts';

/** The command the argument parser picked, with its options as read. @internal */
export interface ProgramSelection {
  readonly command: CliCommand;
  readonly shared: RawCliOptions;
  readonly commandOptions: Readonly<Record<string, unknown>>;
}

const HELP_WIDTH = 100;

const AFTER_HELP = `
Run "receivables <command> --help" for the options of a command.

Exit codes: 0 done, 1 internal error (a bug), 2 usage error (unknown command or option, bad value),
3 invalid or missing input file, 4 the result could not be written to --out.
Environment: NO_COLOR turns colours off; CI turns the progress bar off.`;

/**
 * The commander program of `receivables`: one subcommand per `CliCommand` with its own options then
 * the shared ones, writing help and errors only through `io`, never exiting the process (errors are
 * thrown as `CommanderError`). Parsing calls `select` with the chosen command instead of running it.
 *
 * @internal
 */
export function buildProgram(
  commands: readonly CliCommand[],
  io: Pick<CliIo, 'stdout' | 'stderr'>,
  select: (selection: ProgramSelection) => void,
): Command {
  const program = new Command('receivables')
    .usage('<command> [options]')
    .description(
      'Receivables management from CSV or JSON exports: aging, KPIs, credit scores and limits, reminder plans, ' +
        "today's worklist with scripts, and an HTML report.",
    )
    .version(cliVersion, '-V, --version', 'print the version number')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showHelpAfterError('(add --help for the commands and options)')
    .addHelpText('after', AFTER_HELP);

  for (const cliCommand of commands) {
    const command = program
      .command(cliCommand.name)
      .summary(cliCommand.summary)
      .description(cliCommand.summary)
      .optionsGroup('Options:');
    const ownOptions = cliCommand.options.map((declared) => {
      const option = new Option(declared.flags, declared.description);
      if (declared.defaultValue !== undefined) option.default(declared.defaultValue);
      command.addOption(option);
      return option;
    });
    command.optionsGroup('Shared options:');
    for (const option of sharedOptions()) command.addOption(option);
    command.optionsGroup('Options:');
    command.action((_values: unknown, parsed: Command) => {
      const values = parsed.opts<Record<string, unknown>>();
      const commandOptions: Record<string, unknown> = {};
      for (const option of ownOptions) {
        const key = option.attributeName();
        if (values[key] !== undefined) commandOptions[key] = values[key];
      }
      select({ command: cliCommand, shared: values as RawCliOptions, commandOptions });
    });
  }
  return program;
}
