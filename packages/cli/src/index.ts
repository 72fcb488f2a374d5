export type { CliInputs } from './input/CliInputs.ts';
export type { CreditProfile } from './input/CreditProfile.ts';
export type { InputProblem } from './input/InputProblem.ts';
export type {
  CliCommand,
  CommandContext,
  CommandOption,
  CommandResult,
  OutputColumn,
  OutputTable,
} from './program/CliCommand.ts';
export type { CliIo } from './program/CliIo.ts';
export type { CliLocale, CliOptions, OutputFormat } from './program/CliOptions.ts';
export type { ExitCode } from './program/exitCodes.ts';
export { exitCodes } from './program/exitCodes.ts';
