import { builtinModules } from 'node:module';
import type { Plugin } from 'esbuild';

const builtins = new Set(builtinModules);

/**
 * An esbuild plugin that fails the build when any bundled module imports a Node.js built-in
 * (`node:fs`, `fs`, `path`, …), naming the importer, since browsers have none of them.
 *
 * @returns The plugin.
 */
export function rejectNodeBuiltins(): Plugin {
  return {
    name: 'reject-node-builtins',
    setup(build) {
      build.onResolve({ filter: /^[a-z_:][\w:/.-]*$/ }, (args) => {
        const bare = args.path.startsWith('node:') ? args.path.slice(5) : args.path;
        const root = bare.split('/')[0] ?? bare;
        if (!args.path.startsWith('node:') && !builtins.has(bare) && !builtins.has(root)) return undefined;
        return {
          errors: [
            {
              text: `${args.importer} imports "${args.path}", a Node.js built-in that browsers lack`,
            },
          ],
        };
      });
    },
  };
}
