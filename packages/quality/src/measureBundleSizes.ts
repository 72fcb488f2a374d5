/**
 * Bundle sizes of the browser-facing packages as an app would ship them: for each entry point, the
 * whole entry and a typical import, bundled from the built output (`dist`, as packed) with esbuild for
 * the browser, minified and gzipped. The script catalog's locales are measured apart, and the run fails
 * when a script-catalog bundle carries a locale it should not (or lacks one it should). Run
 * `pnpm build` first.
 *
 *   pnpm sizes              # from the repository root; prints the table
 *   pnpm sizes --record     # also writes it into docs/quality.md
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { version as esbuildVersion } from 'esbuild';
import { replaceMarkedSection } from './report/replaceMarkedSection.ts';
import { bundleSizeCases } from './sizes/bundleSizeCases.ts';
import { formatSizeTable, type SizeRow } from './sizes/formatSizeTable.ts';
import { measureBundleSize } from './sizes/measureBundleSize.ts';
import { smokeLabel } from './smoke/smokeLabel.ts';
import { findMissingFiles } from './workspace/findMissingFiles.ts';
import { listPublishedPackages } from './workspace/listPublishedPackages.ts';

const rootDir = fileURLToPath(new URL('../../../', import.meta.url));
const { values: flags } = parseArgs({ options: { record: { type: 'boolean', default: false } } });
const started = performance.now();
const failures: string[] = [];

const packages = listPublishedPackages(rootDir);
const entries = new Map<string, string>();
for (const pkg of packages) {
  for (const [subpath, target] of Object.entries(pkg.importTargets)) {
    entries.set(smokeLabel({ packageName: pkg.name, subpath }), join(pkg.dir, target));
  }
}
const used = new Set(bundleSizeCases.flatMap((each) => each.imports.map((entry) => entry.from)));
for (const specifier of used) {
  const file = entries.get(specifier);
  if (file === undefined) failures.push(`${specifier} is not a published entry point`);
  else if (findMissingFiles(rootDir, [relative(rootDir, file)]).length > 0) {
    failures.push(`${specifier} is not built (missing ${relative(rootDir, file)}): run pnpm build first`);
  }
}
if (failures.length > 0) finish([]);

// The texts that give each locale away: a tactic's intent exists once, in its locale's bundle.
const markers = new Map<string, string>();
for (const [locale, specifier, name] of [
  ['en', '@receivables/script-catalog/locales/en', 'en'],
  ['zh-CN', '@receivables/script-catalog/locales/zh-CN', 'zhCN'],
] as const) {
  const module = (await import(pathToFileURL(entries.get(specifier) ?? '').href)) as Record<
    string,
    { texts: { tactics: { T1: { intent: string } } } }
  >;
  const intent = module[name]?.texts.tactics.T1.intent;
  if (intent === undefined)
    failures.push(`${specifier} has no ${name}.texts.tactics.T1.intent to recognise it by`);
  else markers.set(locale, intent);
}

const rows: SizeRow[] = [];
for (const sizeCase of bundleSizeCases) {
  try {
    const size = await measureBundleSize(sizeCase.imports, entries, rootDir);
    const inside = [...markers].filter(([, marker]) => size.code.includes(marker)).map(([locale]) => locale);
    if (sizeCase.locales !== undefined) {
      const expected = [...sizeCase.locales].sort().join(', ') || 'none';
      if (inside.join(', ') !== (expected === 'none' ? '' : expected)) {
        failures.push(`${sizeCase.label} carries the locales [${inside.join(', ')}], expected [${expected}]`);
      }
    }
    rows.push({
      label: sizeCase.label,
      minified: size.minified,
      gzipped: size.gzipped,
      contributors: size.contributors,
      ...(sizeCase.locales === undefined ? {} : { locales: inside }),
    });
  } catch (error) {
    failures.push(`${sizeCase.label}: ${(error as Error).message}`);
  }
}
finish(rows);

function finish(measured: readonly SizeRow[]): never {
  const seconds = (performance.now() - started) / 1000;
  if (measured.length > 0) console.log(formatSizeTable(measured));
  for (const failure of failures) console.log(`FAIL ${failure}`);
  if (flags.record && failures.length === 0) record(measured, seconds);
  console.log(
    `sizes: ${measured.length} bundles measured; ${measured.length - failures.length} passed, ${failures.length} failed (${seconds.toFixed(0)} s)`,
  );
  process.exit(failures.length > 0 ? 1 : 0);
}

function record(measured: readonly SizeRow[], seconds: number): void {
  const docPath = join(rootDir, 'docs', 'quality.md');
  const body = [
    `Recorded on ${new Date().toISOString().slice(0, 10)} with \`pnpm build && pnpm sizes --record\` (${seconds.toFixed(0)} s): esbuild ${esbuildVersion}, \`platform: 'browser'\`, ES module, minified, tree-shaken, UTF-8 output; gzip at level 9; 1 kB = 1000 bytes. Third-party versions: ${dependencyVersions().join(', ')} (the lockfile's).`,
    '',
    formatSizeTable(measured).trimEnd(),
    '',
    '"Largest parts" is each package\'s share of the minified bytes. "Locales inside" names the script-catalog locales whose texts the bundle carries; the run fails when it differs from the expected one, so the locales keep loading separately: the main entry carries none, each `locales/*` subpath its own, `/default` both.',
  ].join('\n');
  writeFileSync(docPath, replaceMarkedSection(readFileSync(docPath, 'utf8'), 'bundle-sizes', body));
  console.log(`recorded the sizes in ${relative(rootDir, docPath)}`);
}

function dependencyVersions(): string[] {
  const versions = new Map<string, string>();
  for (const pkg of packages) {
    for (const dependency of pkg.dependencies) {
      if (dependency.startsWith('@receivables/') || versions.has(dependency)) continue;
      try {
        const manifest = JSON.parse(
          readFileSync(join(pkg.dir, 'node_modules', dependency, 'package.json'), 'utf8'),
        ) as { version: string };
        versions.set(dependency, manifest.version);
      } catch {
        // A dependency that is not installed for this package is not in its bundles either.
      }
    }
  }
  return [...versions]
    .filter(
      ([name]) =>
        bundleSizeCases.length > 0 &&
        name !== 'commander' &&
        !name.startsWith('cli-') &&
        !name.startsWith('csv-'),
    )
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, version]) => `${name} ${version}`);
}
