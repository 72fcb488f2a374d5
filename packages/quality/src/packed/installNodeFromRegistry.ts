import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeFailure } from '../process/describeFailure.ts';
import { runCommand } from '../process/runCommand.ts';

/** A Node.js binary ready to run consumers. */
export interface NodeRuntime {
  /** Its label in the matrix, e.g. `Node 24`. */
  readonly label: string;
  /** The path of the `node` executable. */
  readonly binary: string;
  /** What `node --version` prints, e.g. `v24.21.0`. */
  readonly version: string;
  /** Where it came from, for the report. */
  readonly origin: string;
}

/**
 * Provides a Node.js major version from the npm registry: the `node` package (`node@24`) installs
 * the official binary for this platform through its per-platform package, so only the npm registry
 * needs to be reachable. The install is kept in a cache folder and reused while its major matches.
 *
 * @param major - The major version, e.g. `24`.
 * @param cacheDir - The folder to install into (created when missing).
 * @returns The runtime, with the version the binary reports.
 * @throws Error when npm fails or the binary reports another major version.
 */
export function installNodeFromRegistry(major: number, cacheDir: string): NodeRuntime {
  const binary = join(cacheDir, 'node_modules', 'node', 'bin', 'node');
  let version = existsSync(binary) ? reportedVersion(binary) : undefined;
  if (version === undefined || !version.startsWith(`v${major}.`)) {
    mkdirSync(cacheDir, { recursive: true });
    const install = runCommand(
      'npm',
      ['install', '--prefix', cacheDir, `node@${major}`, '--no-audit', '--no-fund', '--loglevel=error'],
      { cwd: cacheDir, timeoutMs: 600_000 },
    );
    if (install.status !== 0) {
      throw new Error(`installNodeFromRegistry: ${describeFailure(`npm install node@${major}`, install)}`);
    }
    version = reportedVersion(binary);
  }
  if (version === undefined || !version.startsWith(`v${major}.`)) {
    throw new Error(`installNodeFromRegistry: ${binary} reports ${version ?? 'no version'}, not v${major}.x`);
  }
  return { label: `Node ${major}`, binary, version, origin: `npm package node@${major}, in ${cacheDir}` };
}

function reportedVersion(binary: string): string | undefined {
  const result = runCommand(binary, ['--version'], { cwd: process.cwd(), timeoutMs: 30_000 });
  return result.status === 0 ? result.stdout.trim() : undefined;
}
