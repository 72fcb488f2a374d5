import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Lists the files under a folder whose names pass a test, skipping the folders named in `skip`, as
 * paths relative to the folder with `/` separators, sorted.
 *
 * @param rootDir - The folder to walk.
 * @param keep - Which file names to list.
 * @param skip - Folder paths (relative, `/`-separated) or names not to enter, e.g. `node_modules`.
 * @returns The relative paths.
 * @internal
 */
export function listFiles(
  rootDir: string,
  keep: (name: string) => boolean,
  skip: readonly string[] = [],
): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const relativePath = relative(rootDir, path).split('\\').join('/');
      if (entry.isDirectory()) {
        if (!skip.includes(entry.name) && !skip.includes(relativePath)) walk(path);
      } else if (entry.isFile() && keep(entry.name)) {
        found.push(relativePath);
      }
    }
  };
  walk(rootDir);
  return found.sort();
}
