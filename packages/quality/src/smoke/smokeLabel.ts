import type { PackageSmoke } from './PackageSmoke.ts';

/**
 * The import specifier a smoke check stands for: the package name, followed by its subpath export.
 *
 * @param smoke - The smoke check.
 * @returns The specifier, e.g. `@receivables/script-catalog/locales/en`.
 *
 * @example
 * ```ts
 * import { smokeLabel } from '@receivables/quality';
 *
 * console.log(smokeLabel({ packageName: '@acme/script-catalog', subpath: './locales/en' })); // @acme/script-catalog/locales/en
 * console.log(smokeLabel({ packageName: '@acme/core', subpath: '.' })); // @acme/core
 * ```
 */
export function smokeLabel(smoke: Pick<PackageSmoke, 'packageName' | 'subpath'>): string {
  return smoke.subpath === '.' ? smoke.packageName : `${smoke.packageName}${smoke.subpath.slice(1)}`;
}
