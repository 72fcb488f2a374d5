/**
 * The exit codes of the `receivables` command. Scripts and schedulers can rely on them: they are part
 * of the public interface and documented in the CLI reference.
 *
 * | Code | Name | Meaning |
 * | ---- | ---- | ------- |
 * | 0 | `ok` | the command did its job (with `--skip-invalid`, also when rows were skipped: the count is printed) |
 * | 1 | `internal` | an unexpected failure inside the command: a bug, please report it with the message |
 * | 2 | `usage` | an unknown command or option, a missing or malformed option value (`INVALID_OPTION`) |
 * | 3 | `invalidInput` | an input file is missing or unreadable, has invalid rows, or a policy, scorecard or catalog file fails validation; every problem is listed |
 * | 4 | `output` | the result could not be written to `--out` |
 *
 * @example
 * ```ts
 * import { exitCodes } from '@receivables/cli';
 *
 * console.log(exitCodes.invalidInput); // 3
 * ```
 */
export const exitCodes: {
  readonly ok: 0;
  readonly internal: 1;
  readonly usage: 2;
  readonly invalidInput: 3;
  readonly output: 4;
} = Object.freeze({ ok: 0, internal: 1, usage: 2, invalidInput: 3, output: 4 });

/** One of the documented exit codes of the `receivables` command. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
