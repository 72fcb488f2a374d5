import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Names the files of a list that do not exist in a folder, such as the build output a package's
 * exports point at before `pnpm build` ran.
 *
 * @param dir - The folder the paths are relative to.
 * @param files - The relative paths to look for.
 * @returns The missing paths, in the given order.
 */
export function findMissingFiles(dir: string, files: readonly string[]): string[] {
  return files.filter((file) => !existsSync(join(dir, file)));
}
