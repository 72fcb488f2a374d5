import type { BundleImport } from './BundleSizeCase.ts';

/**
 * Writes the entry module of a measured bundle: it re-exports what the app imports, so the bundler
 * keeps exactly that and shakes off the rest, as it would in an app that uses those names.
 *
 * @param imports - What the app imports.
 * @returns The module's source.
 *
 * @example
 * ```ts
 * import { writeBundleEntry } from '@receivables/quality';
 *
 * console.log(writeBundleEntry([{ from: '@acme/aging', names: ['ageReceivables'] }])); // export { ageReceivables } from "@acme/aging";
 * console.log(writeBundleEntry([{ from: '@acme/core', names: '*' }])); // export * from "@acme/core";
 * ```
 */
export function writeBundleEntry(imports: readonly BundleImport[]): string {
  return imports
    .map((entry) =>
      entry.names === '*'
        ? `export * from ${JSON.stringify(entry.from)};`
        : `export { ${entry.names.join(', ')} } from ${JSON.stringify(entry.from)};`,
    )
    .join('\n');
}
