/**
 * Where a command run writes and what it knows about its terminal. The `receivables` bin passes the
 * process's streams; tests pass string buffers, so every command can be run and checked in memory.
 */
export interface CliIo {
  /** Writes to standard output (the result, unless `--out` names a file). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error (problems, skipped-row summaries, the progress bar). */
  readonly stderr: (text: string) => void;
  /** The working directory that relative paths are resolved against. */
  readonly cwd: string;
  /** Whether standard error is an interactive terminal: the progress bar is drawn only then (and never when `CI` is set). */
  readonly interactive: boolean;
  /** The environment variables the command consults (`CI`, `NO_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
}
