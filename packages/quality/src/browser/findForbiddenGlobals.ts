import type { ForbiddenGlobalUse } from './ForbiddenGlobalUse.ts';
import { forbiddenGlobalMarker } from './forbiddenGlobals.ts';

const MODULE_COMMENT = /^\/\/ (\S.*)$/;
/** esbuild's fallback for a `require` call it could not bundle: it calls the runtime's `require`. */
const REQUIRE_SHIM = /typeof require !== "undefined" \? require/;

/**
 * Finds the Node.js globals a browser bundle still refers to, from the markers that
 * {@link forbiddenGlobalDefines} put in their place, and a `require` call that esbuild could not
 * bundle, from the shim it leaves. The bundle must be unminified, so esbuild's `// path` comments
 * name the module each use comes from.
 *
 * @param bundle - The bundled JavaScript.
 * @returns One entry per forbidden global and module that uses it, in bundle order.
 *
 * @example
 * ```ts
 * import { findForbiddenGlobals } from '@receivables/quality';
 *
 * const bundle = [
 *   '// node_modules/some-lib/index.js',
 *   'var debug = typeof __receivables_forbidden_node_global__process !== "undefined";',
 *   '// node_modules/@receivables/core/dist/index.js',
 *   'var process2 = 1;',
 * ].join('\n');
 * const [use] = findForbiddenGlobals(bundle);
 * console.log(use?.global, use?.module); // process node_modules/some-lib/index.js
 * console.log(findForbiddenGlobals('var process = 1;').length); // 0
 * console.log(findForbiddenGlobals('var __require = (x) => typeof require !== "undefined" ? require : x;')[0]?.global); // require
 * ```
 */
export function findForbiddenGlobals(bundle: string): ForbiddenGlobalUse[] {
  const uses: ForbiddenGlobalUse[] = [];
  const seen = new Set<string>();
  const marker = new RegExp(`${forbiddenGlobalMarker}(\\w+)`, 'g');
  let module = '(unknown)';
  const record = (global: string, line: string): void => {
    // One report per global and module: the shim and some libraries mention a global on several lines.
    const key = `${global}\u0000${module}`;
    if (seen.has(key)) return;
    seen.add(key);
    uses.push({ global, module, code: line.trim().slice(0, 160) });
  };
  for (const line of bundle.split('\n')) {
    const comment = MODULE_COMMENT.exec(line);
    if (comment) module = comment[1] ?? module;
    if (REQUIRE_SHIM.test(line)) record('require', line);
    for (const match of line.matchAll(marker)) record(match[1] ?? '', line);
  }
  return uses;
}
