/**
 * Runs the built `aging` command (packages/cli/dist, after `pnpm --filter @receivables/cli build`) on a
 * data folder and prints the totals, the wall time and the peak resident memory of the process
 * (`process.resourceUsage().maxRSS`, worker threads included): in stream mode with `<workers>` parts,
 * or with `memory` through the whole-file loader (`--no-stream`) and the allocation `none` (the same
 * figures). It calls
 * the command as the bin does and prints one summary line instead of the report; the bin's own run is
 * `node packages/cli/dist/bin.js aging --stream --data <folder> --workers <n> --as-of 2026-06-30`.
 *
 *   node packages/cli/bench/agingThroughDist.mjs <folder> [workers | memory]
 */
import { resolve } from 'node:path';
import { agingCommand, loadCliInputs } from '../dist/index.js';

const [folder, workers = '1'] = process.argv.slice(2);
if (folder === undefined) throw new Error('usage: agingThroughDist.mjs <folder> [workers]');
const started = performance.now();
const memory = workers === 'memory';
const options = {
  asOf: '2026-06-30',
  locale: 'en',
  format: 'json',
  rates: {},
  inputs: {},
  columnMap: {},
  skipInvalid: false,
  data: resolve(folder),
};
const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  interactive: false,
  env: process.env,
};
const result = await agingCommand.run({
  options,
  commandOptions: memory ? { allocation: 'none', stream: false } : { stream: true, workers },
  io,
  loadInputs: () => loadCliInputs(options, io),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const totals = result.json.totals.map(
  (line) => `${line.currency} ${line.balance} (unapplied ${line.unapplied})`,
);
const rss = (process.resourceUsage().maxRSS / 1024).toFixed(0);
process.stdout.write(`${seconds} s, workers ${workers}, peak RSS ${rss} MiB: ${totals.join(', ')}\n`);
