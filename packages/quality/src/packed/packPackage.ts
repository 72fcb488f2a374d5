import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describeFailure } from '../process/describeFailure.ts';
import { runCommand } from '../process/runCommand.ts';
import type { PublishedPackage } from '../workspace/PublishedPackage.ts';

/**
 * Packs a package with `pnpm pack`, exactly as it would be published: `publishConfig` swapped in,
 * `workspace:` ranges rewritten to the real versions, only the `files` shipped.
 *
 * @param pkg - The package to pack (already built).
 * @param destination - The folder the tarball is written to.
 * @returns The tarball's absolute path.
 * @throws Error when `pnpm pack` fails or names no tarball.
 */
export function packPackage(pkg: PublishedPackage, destination: string): string {
  const result = runCommand('pnpm', ['pack', '--pack-destination', destination], { cwd: pkg.dir });
  if (result.status !== 0)
    throw new Error(`packPackage: ${describeFailure(`pnpm pack of ${pkg.name}`, result)}`);
  const named = result.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.endsWith('.tgz'))
    .pop();
  const tarball = named === undefined ? undefined : isAbsolute(named) ? named : join(destination, named);
  if (tarball === undefined || !existsSync(tarball)) {
    throw new Error(
      `packPackage: pnpm pack of ${pkg.name} named no tarball that exists (${named ?? 'none'})`,
    );
  }
  return tarball;
}
