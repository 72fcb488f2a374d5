import { join } from 'node:path';
import type { Plugin } from 'esbuild';

/** Where each published entry point's ES module lives, as specifier to absolute file. */
export type PublishedEntryFiles = ReadonlyMap<string, string>;

/**
 * An esbuild plugin that resolves the suite's own specifiers (`@receivables/aging`,
 * `@receivables/script-catalog/locales/en`, …) to the built ES modules their published exports name,
 * so a bundle measures the built output (`dist`) whatever the workspace's links say. Everything else
 * resolves as usual from the importing file.
 *
 * @param entries - Specifier to built file.
 * @returns The plugin.
 */
export function resolvePublishedEntries(entries: PublishedEntryFiles): Plugin {
  return {
    name: 'resolve-published-entries',
    setup(build) {
      build.onResolve({ filter: /^@receivables\// }, (args) => {
        const file = entries.get(args.path);
        return file === undefined
          ? { errors: [{ text: `${args.path} is not a published entry point of the workspace` }] }
          : { path: join(file) };
      });
    },
  };
}
