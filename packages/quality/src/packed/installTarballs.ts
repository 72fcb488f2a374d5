import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeFailure } from '../process/describeFailure.ts';
import { runCommand } from '../process/runCommand.ts';
import { checkInstalledTarballs } from './checkInstalledTarballs.ts';

/**
 * Installs the suite's tarballs together into a consumer project with npm. Each package is a direct
 * dependency on its tarball file and an override to that same file, so a package's dependency on a
 * sibling (`@receivables/core@^0.1.0` in the packed manifest) resolves to the tarball, never to the
 * registry; third-party dependencies come from the registry as for any user.
 *
 * @param projectDir - The consumer project's folder (created already, outside the workspace).
 * @param tarballs - Package name to tarball path.
 * @param devDependencies - What the consumer itself develops with, as name to version range (e.g. `@types/node`).
 * @returns The seconds `npm install` took.
 * @throws Error when npm fails, or when a suite package was not installed once, from its tarball.
 */
export function installTarballs(
  projectDir: string,
  tarballs: ReadonlyMap<string, string>,
  devDependencies: Readonly<Record<string, string>> = {},
): number {
  const dependencies = Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${file}`]));
  const overrides = Object.fromEntries([...tarballs.keys()].map((name) => [name, `$${name}`]));
  const manifest = {
    name: 'receivables-packed-consumer',
    version: '0.0.0',
    private: true,
    description: 'A throw-away project that installs the packed @receivables packages as a user would.',
    dependencies,
    devDependencies,
    overrides,
  };
  writeFileSync(join(projectDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const result = runCommand(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    { cwd: projectDir, timeoutMs: 600_000 },
  );
  if (result.status !== 0) throw new Error(`installTarballs: ${describeFailure('npm install', result)}`);
  const lock = JSON.parse(readFileSync(join(projectDir, 'package-lock.json'), 'utf8')) as unknown;
  const problems = checkInstalledTarballs(lock, [...tarballs.keys()]);
  if (problems.length > 0) throw new Error(`installTarballs: ${problems.join('; ')}`);
  return result.seconds;
}
