/** How many bytes of a bundle one package accounts for. */
export interface BundleContributor {
  /** The package, e.g. `zod` or `@receivables/core`. */
  readonly name: string;
  /** Its bytes in the (minified) output. */
  readonly bytes: number;
}

/**
 * Adds up esbuild's per-input byte counts by package: a file under `node_modules/<name>/` belongs to
 * that package (the last `node_modules` wins, as with pnpm's store), a file under the workspace's
 * `packages/<name>/` to `@receivables/<name>`.
 *
 * @param inputs - The `inputs` of one output in esbuild's metafile.
 * @returns The packages, largest first.
 *
 * @example
 * ```ts
 * import { contributorsOf } from '@receivables/quality';
 *
 * const contributors = contributorsOf({
 *   'node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js': { bytesInOutput: 300 },
 *   'node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/core.js': { bytesInOutput: 50 },
 *   'packages/core/dist/index.js': { bytesInOutput: 200 },
 *   'quality-entry:entry': { bytesInOutput: 0 },
 * });
 * console.log(contributors.map((each) => `${each.name} ${each.bytes}`)); // ["zod 350","@receivables/core 200"]
 * ```
 */
export function contributorsOf(
  inputs: Readonly<Record<string, { readonly bytesInOutput: number }>>,
): BundleContributor[] {
  const totals = new Map<string, number>();
  for (const [path, input] of Object.entries(inputs)) {
    if (input.bytesInOutput === 0) continue;
    const name = packageOfPath(path);
    totals.set(name, (totals.get(name) ?? 0) + input.bytesInOutput);
  }
  return [...totals]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
}

function packageOfPath(path: string): string {
  const parts = path.split('/');
  const last = parts.lastIndexOf('node_modules');
  if (last >= 0) {
    const first = parts[last + 1] ?? path;
    return first.startsWith('@') ? `${first}/${parts[last + 2] ?? ''}` : first;
  }
  const workspace = parts.lastIndexOf('packages');
  return workspace >= 0 && parts[workspace + 1] !== undefined ? `@receivables/${parts[workspace + 1]}` : path;
}
