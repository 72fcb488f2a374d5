/** What a finished command left behind. */
export interface CommandResult {
  /** The exit code, or `null` when the command was killed by a signal or never started. */
  readonly status: number | null;
  /** Everything written to standard output. */
  readonly stdout: string;
  /** Everything written to standard error, and the reason when the command could not start. */
  readonly stderr: string;
  /** The wall-clock time it took, in seconds. */
  readonly seconds: number;
}
