/**
 * Checks an npm lockfile (version 3) for the promise the packed check relies on: each suite package is
 * installed exactly once, at the top of `node_modules`, from its tarball file, so a sibling dependency
 * never pulled a second copy from the registry; and no other package of the suite's scopes came from
 * anywhere else.
 *
 * @param lock - The parsed `package-lock.json`.
 * @param names - The suite's package names.
 * @returns One message per problem; empty when the install is as intended.
 *
 * @example
 * ```ts
 * import { checkInstalledTarballs } from '@receivables/quality';
 *
 * const lock = {
 *   packages: {
 *     'node_modules/@acme/core': { resolved: 'file:../core.tgz' },
 *     'node_modules/@acme/aging': { resolved: 'file:../aging.tgz' },
 *     'node_modules/@acme/aging/node_modules/@acme/core': { resolved: 'https://registry.example/core.tgz' },
 *   },
 * };
 * const problems = checkInstalledTarballs(lock, ['@acme/core', '@acme/aging']);
 * console.log(problems); // ["@acme/core is installed 2 times (node_modules/@acme/aging/node_modules/@acme/core, node_modules/@acme/core)"]
 * ```
 */
export function checkInstalledTarballs(lock: unknown, names: readonly string[]): string[] {
  const packages = (lock as { packages?: Record<string, { resolved?: string }> } | null)?.packages ?? {};
  const problems: string[] = [];
  for (const name of names) {
    const copies = Object.keys(packages)
      .filter((path) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`))
      .sort();
    if (copies.length !== 1) {
      problems.push(`${name} is installed ${copies.length} times (${copies.join(', ') || 'nowhere'})`);
      continue;
    }
    const copy = copies[0] ?? '';
    const resolved = packages[copy]?.resolved ?? '';
    if (copy !== `node_modules/${name}`) problems.push(`${name} is installed at ${copy}, not at the top`);
    if (!resolved.startsWith('file:'))
      problems.push(`${name} resolved to ${resolved || 'nothing'}, not its tarball`);
  }
  const scopes = new Set(names.map((name) => name.split('/')[0]).filter((scope) => scope?.startsWith('@')));
  for (const [path, entry] of Object.entries(packages)) {
    const name = /node_modules\/(@[^/]+\/[^/]+)$/.exec(path)?.[1];
    if (name === undefined || names.includes(name) || !scopes.has(name.split('/')[0])) continue;
    problems.push(
      `${name} was installed from ${entry.resolved ?? 'an unknown source'}, not from a tarball of the workspace`,
    );
  }
  return problems;
}
