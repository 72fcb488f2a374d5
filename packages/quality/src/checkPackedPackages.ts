/**
 * The packages as users receive them: packs every published package with `pnpm pack`, installs the
 * tarballs together with npm into a fresh project outside the workspace, and checks each entry point
 * from an ES module and a CommonJS module on Node 20 (this machine's) and Node 24 (the npm registry's
 * `node@24`), from TypeScript consumers under `moduleResolution` node16 and bundler, and in headless
 * Chromium (bundled for the browser with esbuild, with every documentation example of the package).
 * Prints the matrix and exits non-zero on any failure. Run `pnpm build` first.
 *
 *   pnpm test:packed                      # from the repository root
 *   pnpm test:packed --record             # also writes the matrix into docs/quality.md
 *   pnpm test:packed --skip @receivables/cli --keep
 */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractDocExamples } from '../../testing/src/docExamples/extractDocExamples.ts';
import type { BrowserPageOutcome } from './browser/BrowserEntryOutcome.ts';
import { bundleBrowserPage } from './browser/bundleBrowserPage.ts';
import { launchChromium } from './browser/launchChromium.ts';
import { runBrowserPage } from './browser/runBrowserPage.ts';
import { installNodeFromRegistry, type NodeRuntime } from './packed/installNodeFromRegistry.ts';
import { installTarballs } from './packed/installTarballs.ts';
import { packPackage } from './packed/packPackage.ts';
import { summarizeDiagnostics } from './packed/summarizeDiagnostics.ts';
import { type TypeCheckOutcome, typeCheckConsumers } from './packed/typeCheckConsumers.ts';
import { describeFailure } from './process/describeFailure.ts';
import { runCommand } from './process/runCommand.ts';
import { formatMatrix } from './report/formatMatrix.ts';
import type { MatrixCell, MatrixRow } from './report/MatrixCell.ts';
import { replaceMarkedSection } from './report/replaceMarkedSection.ts';
import { compareLines } from './smoke/compareLines.ts';
import { outputLines } from './smoke/outputLines.ts';
import type { PackageSmoke } from './smoke/PackageSmoke.ts';
import { packageSmokes } from './smoke/packageSmokes.ts';
import { smokeFileName } from './smoke/smokeFileName.ts';
import { smokeLabel } from './smoke/smokeLabel.ts';
import { writeSmokeModule } from './smoke/writeSmokeModule.ts';
import { dependencyClosure } from './workspace/dependencyClosure.ts';
import { findMissingFiles } from './workspace/findMissingFiles.ts';
import { listPublishedPackages } from './workspace/listPublishedPackages.ts';
import type { PublishedPackage } from './workspace/PublishedPackage.ts';

const NODE_FROM_REGISTRY = 24;
const rootDir = fileURLToPath(new URL('../../../', import.meta.url));
const formatLoggedModule = fileURLToPath(
  new URL('../../testing/src/docExamples/formatLogged.ts', import.meta.url),
);

const { values: flags } = parseArgs({
  options: {
    record: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    skip: { type: 'string', multiple: true, default: [] },
  },
});

/** Problems that fail the run without belonging to one cell (packing, installing, set-up). */
const problems: string[] = [];
/** Failures of single checks, each also shown as ✗ in its cell. */
const failures: string[] = [];
const started = performance.now();
let workDir: string | undefined;

function log(line: string): void {
  console.log(line);
}

function phase(name: string, since: number): void {
  log(`  (${name}: ${((performance.now() - since) / 1000).toFixed(1)} s)`);
}

// 1. What is published, whether it is built, and whether every entry point has a smoke program.
const published = listPublishedPackages(rootDir);
const skipped = published.filter((pkg) => flags.skip.includes(pkg.name));
const packages = published.filter((pkg) => !flags.skip.includes(pkg.name));
for (const name of flags.skip) {
  if (!published.some((pkg) => pkg.name === name))
    problems.push(`--skip ${name}: no published package has that name`);
}
for (const pkg of packages) {
  const missing = findMissingFiles(pkg.dir, pkg.publishedFiles);
  if (missing.length > 0) {
    problems.push(`${pkg.name} is not built (missing ${missing.join(', ')}): run pnpm build first`);
  }
  for (const subpath of pkg.subpaths) {
    if (!packageSmokes.some((smoke) => smoke.packageName === pkg.name && smoke.subpath === subpath)) {
      problems.push(`${pkg.name} exports ${subpath}, which has no smoke program in packageSmokes.ts`);
    }
  }
}
const smokes = packageSmokes.filter((smoke) => packages.some((pkg) => pkg.name === smoke.packageName));
for (const smoke of smokes) {
  const pkg = packageOf(smoke);
  if (!pkg.subpaths.includes(smoke.subpath)) {
    problems.push(
      `${smokeLabel(smoke)} has a smoke program but ${pkg.name} does not export ${smoke.subpath}`,
    );
  }
}
if (problems.length > 0) finish([], undefined);

// 2. Pack, and install the tarballs together into a project outside the workspace.
workDir = realpathSync(mkdtempSync(join(tmpdir(), 'receivables-packed-')));
if (!relative(realpathSync(rootDir), workDir).startsWith('..')) {
  problems.push(`the temporary folder ${workDir} lies inside the repository; set TMPDIR elsewhere`);
  finish([], undefined);
}
const projectDir = join(workDir, 'consumer');
const tarballDir = join(workDir, 'tarballs');
mkdirSync(projectDir, { recursive: true });
mkdirSync(tarballDir, { recursive: true });
log(`packed: ${packages.length} packages, consumer project in ${projectDir}`);
let since = performance.now();
const tarballs = new Map<string, string>();
try {
  for (const pkg of packages) {
    const tarball = packPackage(pkg, tarballDir);
    tarballs.set(pkg.name, tarball);
    log(`  packed ${pkg.name} → ${relative(workDir, tarball)}`);
  }
  phase('pnpm pack', since);
  since = performance.now();
  // The TypeScript consumer under node16 is a Node project: it has the workspace's @types/node.
  installTarballs(projectDir, tarballs, {
    '@types/node': rootManifest().devDependencies['@types/node'] ?? '*',
  });
  log('  installed the tarballs together with npm; each suite package once, from its tarball');
  phase('npm install', since);
} catch (error) {
  problems.push((error as Error).message);
  finish([], undefined);
}

// 3. The Node.js runtimes: this machine's, and the registry's Node 24.
since = performance.now();
const machineNode: NodeRuntime = {
  label: `Node ${process.versions.node.split('.')[0]}`,
  binary: process.execPath,
  version: process.version,
  origin: 'this machine',
};
const runtimes: NodeRuntime[] = [machineNode];
if (!machineNode.version.startsWith(`v${NODE_FROM_REGISTRY}.`)) {
  try {
    const cacheDir = join(
      process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'),
      'receivables-quality',
      `node-${NODE_FROM_REGISTRY}`,
    );
    runtimes.push(installNodeFromRegistry(NODE_FROM_REGISTRY, cacheDir));
  } catch (error) {
    problems.push((error as Error).message);
  }
}
for (const runtime of runtimes) log(`  ${runtime.label}: ${runtime.version} (${runtime.origin})`);
phase('Node runtimes', since);

// 4. Consumers: an ES module and (for dual packages) a CommonJS module per entry point, run on each
// Node; the same programs as TypeScript, type-checked in both resolution modes.
writeConsumers();
since = performance.now();
const nodeCells = new Map<string, MatrixCell>();
for (const runtime of runtimes) {
  for (const smoke of smokes.filter((each) => each.targets.includes('node'))) {
    for (const kind of ['esm', 'cjs'] as const) {
      if (kind === 'cjs' && !packageOf(smoke).commonJs) continue;
      const file = join('node', `${smokeFileName(smoke)}.${kind === 'esm' ? 'mjs' : 'cjs'}`);
      const result = runCommand(runtime.binary, [file], { cwd: projectDir, timeoutMs: 60_000 });
      const difference =
        result.status === 0
          ? compareLines(smoke.expected, outputLines(result.stdout))
          : describeFailure(`node ${file}`, result, 6);
      nodeCells.set(`${smokeLabel(smoke)}|${runtime.label}|${kind}`, cellFor(difference));
      if (difference !== undefined)
        failures.push(`${smokeLabel(smoke)} on ${runtime.label} (${kind}): ${difference}`);
    }
  }
  for (const pkg of packages) {
    for (const [bin, target] of Object.entries(pkg.bin)) {
      const linked = join(projectDir, 'node_modules', '.bin', bin);
      const result = runCommand(runtime.binary, [realpathOrMissing(linked), '--help'], {
        cwd: projectDir,
        timeoutMs: 60_000,
      });
      const difference =
        result.status !== 0
          ? describeFailure(`${bin} --help (${target})`, result, 6)
          : result.stdout.trim() === ''
            ? `${bin} --help printed nothing`
            : undefined;
      nodeCells.set(`${pkg.name}|bin:${bin}|${runtime.label}|esm`, cellFor(difference));
      if (difference !== undefined)
        failures.push(`${pkg.name} bin ${bin} on ${runtime.label}: ${difference}`);
    }
  }
}
phase('Node consumers', since);
since = performance.now();
const tscPath = createRequire(join(rootDir, 'package.json')).resolve('typescript/bin/tsc');
const typeChecks = (['node16', 'bundler'] as const).map((mode) =>
  typeCheckConsumers(projectDir, tscPath, mode),
);
for (const check of typeChecks) {
  log(`  TypeScript ${check.mode}: ${check.passed ? 'clean' : `${check.diagnostics.length} errors`}`);
  if (!check.passed && check.diagnostics.length === 0) {
    failures.push(
      `TypeScript ${check.mode} failed without a located error: ${check.output.trim().slice(0, 400)}`,
    );
  }
  for (const line of summarizeDiagnostics(check.diagnostics))
    failures.push(`TypeScript ${check.mode}: ${line}`);
}
phase('TypeScript consumers', since);

// 5. The browser: one page per browser-facing package, bundled from the packed install.
since = performance.now();
const browserOutcomes = new Map<string, BrowserPageOutcome & { examples: number }>();
const browserPackages = packages.filter((pkg) =>
  smokes.some((smoke) => smoke.packageName === pkg.name && smoke.targets.includes('browser')),
);
let chromiumVersion = 'not run';
try {
  const browser = await launchChromium();
  chromiumVersion = `Chromium ${browser.version()}`;
  log(`  ${chromiumVersion} (headless, through playwright-core)`);
  try {
    for (const pkg of browserPackages) {
      const examples = extractDocExamples(join(pkg.dir, 'src'));
      const pageSmokes = smokes.filter(
        (smoke) => smoke.packageName === pkg.name && smoke.targets.includes('browser'),
      );
      let outcome: BrowserPageOutcome;
      try {
        const page = await bundleBrowserPage({
          projectDir,
          smokes: pageSmokes,
          examples,
          formatLoggedModule,
        });
        const forbidden = page.forbidden.map(
          (use) => `reaches the Node.js global ${use.global} in ${use.module}`,
        );
        outcome =
          forbidden.length > 0
            ? { entries: [], pageProblems: forbidden, seconds: 0 }
            : await runBrowserPage(browser, page);
      } catch (error) {
        outcome = {
          entries: [],
          pageProblems: [`bundling for the browser failed: ${(error as Error).message}`],
          seconds: 0,
        };
      }
      browserOutcomes.set(pkg.name, { ...outcome, examples: examples.length });
      const failed = outcome.entries.filter((entry) => entry.problems.length > 0);
      log(
        `  ${pkg.name}: ${outcome.entries.length - failed.length}/${pageSmokes.length + examples.length} programs passed in Chromium (${outcome.seconds.toFixed(1)} s)`,
      );
      for (const problem of outcome.pageProblems) failures.push(`${pkg.name} in Chromium: ${problem}`);
      for (const entry of failed)
        failures.push(`${pkg.name} in Chromium, ${entry.id}: ${entry.problems.join('; ')}`);
    }
  } finally {
    await browser.close();
  }
} catch (error) {
  problems.push((error as Error).message);
}
phase('Chromium', since);

finish(buildRows(), typeChecks);

function packageOf(smoke: PackageSmoke): PublishedPackage {
  const pkg = published.find((each) => each.name === smoke.packageName);
  if (pkg === undefined) throw new Error(`checkPackedPackages: no published package ${smoke.packageName}`);
  return pkg;
}

function rootManifest(): { devDependencies: Record<string, string> } {
  return JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
}

function realpathOrMissing(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function cellFor(difference: string | undefined, note?: string): MatrixCell {
  if (difference !== undefined) return { status: 'fail' };
  return note === undefined ? { status: 'pass' } : { status: 'pass', note };
}

function writeConsumers(): void {
  mkdirSync(join(projectDir, 'node'), { recursive: true });
  mkdirSync(join(projectDir, 'types'), { recursive: true });
  for (const smoke of smokes) {
    const stem = smokeFileName(smoke);
    const commonJs = packageOf(smoke).commonJs;
    writeFileSync(join(projectDir, 'types', `${stem}.mts`), writeSmokeModule(smoke, 'import'));
    if (commonJs) writeFileSync(join(projectDir, 'types', `${stem}.cts`), writeSmokeModule(smoke, 'import'));
    if (!smoke.targets.includes('node')) continue;
    writeFileSync(join(projectDir, 'node', `${stem}.mjs`), writeSmokeModule(smoke, 'import'));
    if (commonJs) writeFileSync(join(projectDir, 'node', `${stem}.cjs`), writeSmokeModule(smoke, 'require'));
  }
}

function typeCell(
  check: TypeCheckOutcome | undefined,
  smoke: PackageSmoke,
  extensions: readonly string[],
): MatrixCell {
  if (check === undefined) return { status: 'skipped' };
  const stem = `types/${smokeFileName(smoke)}`;
  // A consumer sees errors in its own file, in the declarations of every suite package it brings
  // along, and anywhere outside the suite (a third-party declaration, a compiler option).
  const suite = packages.map((pkg) => pkg.name);
  const brought = dependencyClosure(smoke.packageName, packages);
  const own = check.diagnostics.filter((diagnostic) => {
    if (diagnostic.file.startsWith('types/')) {
      return extensions.some((extension) => diagnostic.file === `${stem}${extension}`);
    }
    const owner = suite.find((name) => diagnostic.file.includes(`node_modules/${name}/`));
    return owner === undefined || brought.includes(owner);
  });
  const unexplained = !check.passed && check.diagnostics.length === 0;
  return own.length > 0 || unexplained ? { status: 'fail' } : { status: 'pass' };
}

function buildRows(): MatrixRow[] {
  const rows: MatrixRow[] = [];
  const node16 = typeChecks.find((check) => check.mode === 'node16');
  const bundler = typeChecks.find((check) => check.mode === 'bundler');
  for (const smoke of smokes) {
    const pkg = packageOf(smoke);
    const cells: MatrixCell[] = [];
    for (const runtime of runtimes) {
      for (const kind of ['esm', 'cjs'] as const) {
        const applies = smoke.targets.includes('node') && (kind === 'esm' || pkg.commonJs);
        cells.push(
          applies
            ? (nodeCells.get(`${smokeLabel(smoke)}|${runtime.label}|${kind}`) ?? { status: 'skipped' })
            : { status: 'n/a' },
        );
      }
    }
    cells.push(typeCell(node16, smoke, pkg.commonJs ? ['.mts', '.cts'] : ['.mts']));
    cells.push(typeCell(bundler, smoke, ['.mts']));
    cells.push(browserCell(smoke));
    rows.push({ label: `\`${smokeLabel(smoke)}\``, cells });
  }
  for (const pkg of packages) {
    for (const bin of Object.keys(pkg.bin)) {
      const cells: MatrixCell[] = [];
      for (const runtime of runtimes) {
        cells.push(nodeCells.get(`${pkg.name}|bin:${bin}|${runtime.label}|esm`) ?? { status: 'skipped' });
        cells.push({ status: 'n/a' });
      }
      cells.push({ status: 'n/a' }, { status: 'n/a' }, { status: 'n/a' });
      rows.push({ label: `\`${bin} --help\` (bin of \`${pkg.name}\`)`, cells });
    }
  }
  for (const pkg of skipped) {
    const cells = Array.from({ length: runtimes.length * 2 + 3 }, (): MatrixCell => ({ status: 'skipped' }));
    rows.push({ label: `\`${pkg.name}\``, cells });
  }
  return rows;
}

function browserCell(smoke: PackageSmoke): MatrixCell {
  if (!smoke.targets.includes('browser')) return { status: 'n/a' };
  const outcome = browserOutcomes.get(smoke.packageName);
  if (outcome === undefined) return { status: 'skipped' };
  const own = outcome.entries.find((entry) => entry.kind === 'smoke' && entry.id === smokeLabel(smoke));
  const examplesFailed = outcome.entries.filter(
    (entry) => entry.kind === 'example' && entry.problems.length > 0,
  );
  const pagePassed = outcome.pageProblems.length === 0 && own !== undefined && own.problems.length === 0;
  if (smoke.subpath !== '.') return pagePassed ? { status: 'pass' } : { status: 'fail' };
  const note = `+ ${outcome.examples} examples`;
  return pagePassed && examplesFailed.length === 0 ? { status: 'pass', note } : { status: 'fail', note };
}

function columns(): string[] {
  const names = runtimes.flatMap((runtime) => [`${runtime.label} ESM`, `${runtime.label} CJS`]);
  return [...names, 'TS node16', 'TS bundler', 'Chromium'];
}

function finish(rows: readonly MatrixRow[], checks: readonly TypeCheckOutcome[] | undefined): never {
  const seconds = (performance.now() - started) / 1000;
  const cells = rows.flatMap((row) => row.cells);
  const passed = cells.filter((cell) => cell.status === 'pass').length;
  const failed = cells.filter((cell) => cell.status === 'fail').length + problems.length;
  if (rows.length > 0) {
    log('');
    log(formatMatrix('entry point', columns(), rows));
  }
  for (const failure of [...problems, ...failures]) log(`FAIL ${failure}`);
  if (skipped.length > 0) log(`skipped: ${skipped.map((pkg) => pkg.name).join(', ')} (--skip)`);
  if (flags.record && rows.length > 0 && checks !== undefined)
    recordInDocs(rows, seconds, [...problems, ...failures]);
  const keep = flags.keep || failed > 0;
  if (workDir !== undefined && !keep) rmSync(workDir, { recursive: true, force: true });
  else if (workDir !== undefined) log(`kept the consumer project: ${join(workDir, 'consumer')}`);
  log(`packed: ${passed} passed, ${failed} failed (${seconds.toFixed(0)} s)`);
  process.exit(failed > 0 ? 1 : 0);
}

function recordInDocs(rows: readonly MatrixRow[], seconds: number, failed: readonly string[]): void {
  const docPath = join(rootDir, 'docs', 'quality.md');
  const typescriptVersion = (
    JSON.parse(
      readFileSync(createRequire(join(rootDir, 'package.json')).resolve('typescript/package.json'), 'utf8'),
    ) as {
      version: string;
    }
  ).version;
  const runtimesText = runtimes.map(
    (runtime) => `${runtime.label} = ${runtime.version} (${runtime.origin.replace(/, in .*$/, '')})`,
  );
  const body = [
    `Recorded on ${new Date().toISOString().slice(0, 10)} with \`pnpm build && pnpm test:packed --record\`${skipped.length > 0 ? ` (skipping ${skipped.map((pkg) => `\`${pkg.name}\``).join(', ')}, not built then)` : ''}; the run took ${seconds.toFixed(0)} s. ${runtimesText.join('; ')}; TypeScript ${typescriptVersion}; ${chromiumVersion}.`,
    '',
    formatMatrix('entry point', columns(), rows).trimEnd(),
    '',
    '✓ passed, ✗ failed, — does not apply (the CLI is ESM-only and Node-only). "+ N examples": every TSDoc example of the package also ran in Chromium against the packed build and printed what its comments say.',
    ...(failed.length === 0
      ? []
      : ['', 'Failures in this run:', '', ...failed.map((failure) => `- ${failure}`)]),
  ].join('\n');
  writeFileSync(docPath, replaceMarkedSection(readFileSync(docPath, 'utf8'), 'packed-matrix', body));
  log(`recorded the matrix in ${relative(rootDir, docPath)}`);
}
