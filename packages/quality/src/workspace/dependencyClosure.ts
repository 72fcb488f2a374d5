import type { PublishedPackage } from './PublishedPackage.ts';

/**
 * The suite packages a package brings along: itself and, transitively, every published sibling it
 * depends on. A TypeScript consumer of the package type-checks all of their declaration files.
 *
 * @param name - The package.
 * @param packages - The published packages.
 * @returns The package names, the package itself first.
 *
 * @example
 * ```ts
 * import { dependencyClosure } from '@receivables/quality';
 *
 * const packages = [
 *   { name: '@acme/core', dependencies: ['zod'] },
 *   { name: '@acme/aging', dependencies: ['@acme/core', 'zod'] },
 *   { name: '@acme/reminder-policy', dependencies: ['@acme/aging'] },
 * ];
 * console.log(dependencyClosure('@acme/reminder-policy', packages)); // ["@acme/reminder-policy","@acme/aging","@acme/core"]
 * ```
 */
export function dependencyClosure(
  name: string,
  packages: readonly Pick<PublishedPackage, 'name' | 'dependencies'>[],
): string[] {
  const closure = [name];
  for (let index = 0; index < closure.length; index++) {
    const pkg = packages.find((each) => each.name === closure[index]);
    for (const dependency of pkg?.dependencies ?? []) {
      if (!closure.includes(dependency) && packages.some((each) => each.name === dependency)) {
        closure.push(dependency);
      }
    }
  }
  return closure;
}
