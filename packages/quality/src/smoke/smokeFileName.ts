import type { PackageSmoke } from './PackageSmoke.ts';
import { smokeLabel } from './smokeLabel.ts';

/**
 * A file name stem for a smoke check, safe on every file system and unique per entry point.
 *
 * @param smoke - The smoke check.
 * @returns The stem, e.g. `script-catalog--locales--en`.
 *
 * @example
 * ```ts
 * import { smokeFileName } from '@receivables/quality';
 *
 * console.log(smokeFileName({ packageName: '@acme/script-catalog', subpath: './locales/zh-CN' })); // script-catalog--locales--zh-CN
 * ```
 */
export function smokeFileName(smoke: Pick<PackageSmoke, 'packageName' | 'subpath'>): string {
  return smokeLabel(smoke)
    .replace(/^@[^/]+\//, '')
    .replace(/[^\w.-]+/g, '--');
}
