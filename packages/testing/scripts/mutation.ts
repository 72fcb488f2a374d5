/**
 * `pnpm mutation [package…] [--slice <name> --mutate <glob>…] [--concurrency <n>] [--force]`
 *
 * Runs Stryker over the published packages (all five when none is named), one after the other, each with
 * its packages/<name>/stryker.config.mjs, and prints a score table from the JSON reports. A slice measures
 * part of one package (`--mutate`, repeatable) and writes its reports to
 * reports/mutation/<name>/slices/<slice>/, so it never passes for the whole package's score.
 * Slow: hours for the whole suite on two cores. CI does not run it on every change.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const publishedPackages = ['core', 'aging', 'credit-scoring', 'reminder-policy', 'script-catalog'];
const root = new URL('../../../', import.meta.url).pathname;

interface Arguments {
  readonly packages: readonly string[];
  readonly slice: string | undefined;
  readonly mutate: readonly string[];
  readonly concurrency: string | undefined;
  readonly force: boolean;
}

function fail(message: string): never {
  console.error(`pnpm mutation: ${message}`);
  process.exit(2);
}

function parseArguments(argv: readonly string[]): Arguments {
  const packages: string[] = [];
  const mutate: string[] = [];
  let slice: string | undefined;
  let concurrency: string | undefined;
  let force = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    const value = (): string => argv[++index] ?? fail(`${argument} needs a value`);
    if (argument === '--slice') slice = value();
    else if (argument === '--mutate') mutate.push(value());
    else if (argument === '--concurrency') concurrency = value();
    else if (argument === '--force') force = true;
    else if (publishedPackages.includes(argument)) packages.push(argument);
    else fail(`unknown argument ${argument}; packages are ${publishedPackages.join(', ')}`);
  }
  if ((slice === undefined) !== (mutate.length === 0)) fail('--slice and --mutate go together');
  if (slice !== undefined && !/^[\w-]+$/.test(slice)) fail(`--slice ${slice}: use letters, digits and -`);
  if (slice !== undefined && packages.length !== 1) fail('a slice belongs to exactly one package');
  return { packages: packages.length > 0 ? packages : publishedPackages, slice, mutate, concurrency, force };
}

interface Tally {
  readonly mutants: number;
  readonly killed: number;
  readonly timeout: number;
  readonly survived: number;
  readonly noCoverage: number;
  readonly errors: number;
  readonly ignored: number;
}

function tallyReport(reportFile: string): Tally {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    files: Record<string, { mutants: { status: string }[] }>;
  };
  const statuses = Object.values(report.files).flatMap((file) => file.mutants.map((mutant) => mutant.status));
  const count = (status: string): number => statuses.filter((each) => each === status).length;
  return {
    mutants: statuses.filter((status) => status !== 'Ignored').length,
    killed: count('Killed'),
    timeout: count('Timeout'),
    survived: count('Survived'),
    noCoverage: count('NoCoverage'),
    errors: count('CompileError') + count('RuntimeError'),
    ignored: count('Ignored'),
  };
}

/** Stryker's total score: detected mutants over valid ones (compile and runtime errors are not valid). */
function score(tally: Tally): string {
  const detected = tally.killed + tally.timeout;
  const valid = detected + tally.survived + tally.noCoverage;
  return valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(2)}%`;
}

const { packages, slice, mutate, concurrency, force } = parseArguments(process.argv.slice(2));
const rows: string[] = [];
let failed = false;
for (const name of packages) {
  const args = ['run', `packages/${name}/stryker.config.mjs`];
  if (concurrency !== undefined) args.push('--concurrency', concurrency);
  // Incremental runs reuse earlier results; after changing the Stryker or vitest settings, rerun everything.
  if (force) args.push('--force');
  const sliceEnv = { RECEIVABLES_MUTATION_SLICE: slice, RECEIVABLES_MUTATION_FILES: mutate.join(',') };
  const env = { ...process.env, ...(slice !== undefined ? sliceEnv : {}) };
  const started = Date.now();
  const run = spawnSync(join(root, 'node_modules/.bin/stryker'), args, { cwd: root, env, stdio: 'inherit' });
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const reportFile = join(
    root,
    'reports/mutation',
    name,
    slice !== undefined ? `slices/${slice}` : '',
    'mutation.json',
  );
  if (run.status !== 0 || !existsSync(reportFile)) {
    failed = true;
    rows.push(`| ${name} | stryker failed (exit ${run.status ?? run.signal}) after ${minutes} min |`);
    continue;
  }
  const tally = tallyReport(reportFile);
  rows.push(
    `| ${name}${slice !== undefined ? ` (slice ${slice})` : ''} | ${tally.mutants} | ${tally.killed} | ${tally.timeout} | ${tally.survived} | ${tally.noCoverage} | ${tally.errors} | ${tally.ignored} | ${score(tally)} | ${minutes} min |`,
  );
}
console.log(
  '\n| package | mutants | killed | timeout | survived | no coverage | errors | ignored (static) | score | time |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
process.exit(failed ? 1 : 0);
