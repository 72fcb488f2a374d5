import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { PublishedPackage } from './PublishedPackage.ts';

interface Manifest {
  readonly name?: string;
  readonly version?: string;
  readonly private?: boolean;
  readonly exports?: unknown;
  readonly bin?: string | Record<string, string>;
  readonly dependencies?: Record<string, string>;
  readonly publishConfig?: { readonly exports?: unknown };
}

/**
 * Lists the workspace packages that are published (every `packages/*` folder whose manifest is not
 * `private`), reading the exports npm users get: `publishConfig.exports` when present, since pnpm
 * swaps it in when packing.
 *
 * @param rootDir - The repository root, holding `packages/`.
 * @returns The published packages, sorted by name.
 */
export function listPublishedPackages(rootDir: string): PublishedPackage[] {
  const packagesDir = join(rootDir, 'packages');
  const found: PublishedPackage[] = [];
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    const dir = join(packagesDir, entry.name);
    const manifestPath = join(dir, 'package.json');
    if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (manifest.private === true || manifest.name === undefined) continue;
    const exportsMap = asRecord(manifest.publishConfig?.exports ?? manifest.exports);
    const subpaths = Object.keys(exportsMap).filter((subpath) => subpath !== './package.json');
    const binEntries =
      typeof manifest.bin === 'string'
        ? [[manifest.name.replace(/^@[^/]+\//, ''), manifest.bin] as const]
        : Object.entries(manifest.bin ?? {});
    const bin = Object.fromEntries(binEntries.map(([name, target]) => [name, normalize(target)]));
    const publishedFiles = new Set<string>();
    for (const subpath of subpaths) collectTargets(exportsMap[subpath], publishedFiles);
    for (const target of Object.values(bin)) publishedFiles.add(normalize(target));
    found.push({
      name: manifest.name,
      version: manifest.version ?? '0.0.0',
      dir,
      subpaths,
      importTargets: Object.fromEntries(
        subpaths.flatMap((subpath) => {
          const target = importTargetOf(exportsMap[subpath]);
          return target === undefined ? [] : [[subpath, normalize(target)]];
        }),
      ),
      commonJs: hasCondition(exportsMap['.'], 'require'),
      bin,
      dependencies: Object.keys(manifest.dependencies ?? {}).sort(),
      publishedFiles: [...publishedFiles].sort(),
    });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') return { '.': value };
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function collectTargets(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(normalize(value));
  else if (typeof value === 'object' && value !== null) {
    for (const nested of Object.values(value)) collectTargets(nested, into);
  }
}

function importTargetOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const conditions = value as Record<string, unknown>;
  return importTargetOf(conditions.import) ?? importTargetOf(conditions.default);
}

function hasCondition(value: unknown, condition: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, nested]) => key === condition || hasCondition(nested, condition));
}
