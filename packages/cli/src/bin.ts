#!/usr/bin/env node
/**
 * The `receivables` command. Everything it does is in `runCli`; this file only connects it to the
 * process: arguments, streams, working directory, environment, and the exit code.
 */
import { runCli } from './program/runCli.ts';

// A reader that stops early (`receivables aging | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const env: Record<string, string | undefined> = { ...process.env };
// Colours are for a person at a terminal: when standard output is redirected they would end up in the file.
if (process.stdout.isTTY !== true && (env.NO_COLOR === undefined || env.NO_COLOR === '')) env.NO_COLOR = '1';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  cwd: process.cwd(),
  interactive: process.stderr.isTTY === true,
  env,
});
