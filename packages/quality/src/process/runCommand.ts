import { spawnSync } from 'node:child_process';
import type { CommandResult } from './CommandResult.ts';

/** Options of {@link runCommand}. */
export interface RunCommandOptions {
  /** The working directory. */
  readonly cwd: string;
  /** Extra environment variables, added to this process's. */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Milliseconds after which the command is killed.
   *
   * @defaultValue 300000
   */
  readonly timeoutMs?: number;
}

/**
 * Runs a command without a shell and waits for it, keeping its output for the report rather than
 * printing it.
 *
 * @param command - The executable.
 * @param args - Its arguments.
 * @param options - Where and how long it runs.
 * @returns The exit status, both outputs and the time taken.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunCommandOptions,
): CommandResult {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeoutMs ?? 300_000,
  });
  const failure = result.error === undefined ? '' : `\n${command}: ${result.error.message}`;
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: `${result.stderr ?? ''}${failure}`,
    seconds: (performance.now() - started) / 1000,
  };
}
