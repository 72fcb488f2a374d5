/**
 * The suite's main job on the bundled sample data, through the `receivables` command: what a
 * collections manager wants to see at the start of the day.
 *
 *   pnpm demo
 *
 * 1. Aged balances by bucket, per currency and all in CNY.
 * 2. The customers by credit grade, with their limits, exposure and risk tier.
 * 3. Today's worklist, and for the first actions the recommended script in Chinese and English.
 *
 * The sample portfolio in examples/data was generated once by examples/data/generate.ts from a fixed
 * seed, and the day is fixed, so every machine prints the same figures. Each step is one command a user
 * can run on their own exports: `receivables <command> --data <folder> --as-of <date>`.
 */
import { type CliIo, runCli } from '@receivables/cli';

const shared = ['--data', 'examples/data', '--as-of', '2026-06-30'];
const steps: readonly (readonly string[])[] = [
  ['aging', '--currency', 'CNY', '--rates', 'USD=7.1234'],
  ['limits'],
  ['worklist', '--scripts', '3', '--both-locales'],
];

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  interactive: false,
  env: { NO_COLOR: '1' },
};

for (const step of steps) {
  const argv = [...step, ...shared];
  console.log(`\n$ receivables ${argv.join(' ')}\n`);
  const exitCode = await runCli(argv, io);
  if (exitCode !== 0) {
    process.exitCode = exitCode;
    break;
  }
}
