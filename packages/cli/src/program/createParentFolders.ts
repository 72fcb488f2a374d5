import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Creates the missing folders above `file`, one level at a time. Not `mkdir(…, { recursive: true })`:
 * on Node 20 that loops forever under `/proc` and similar file systems instead of failing.
 *
 * @internal
 * @throws The file system's error when a folder cannot be created or a path component is a file.
 */
export async function createParentFolders(file: string): Promise<void> {
  const missing: string[] = [];
  let folder = dirname(file);
  for (;;) {
    try {
      const found = await stat(folder);
      if (!found.isDirectory()) throw new Error(`${folder} is a file, not a folder`);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const parent = dirname(folder);
      if (parent === folder) break;
      missing.push(folder);
      folder = parent;
    }
  }
  for (const created of missing.reverse()) {
    try {
      await mkdir(created);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
