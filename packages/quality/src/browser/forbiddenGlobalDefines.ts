import { forbiddenGlobalMarker, forbiddenGlobals } from './forbiddenGlobals.ts';

/**
 * The esbuild `define` table that replaces every free reference to a Node.js global (and its
 * `globalThis.` form) by a marker identifier, so the bundle can be searched for the markers
 * afterwards. esbuild replaces only free references: a local variable named `process`, a property
 * `x.process` or the word in a string are left alone.
 *
 * @returns Identifier to replacement.
 *
 * @example
 * ```ts
 * import { forbiddenGlobalDefines } from '@receivables/quality';
 *
 * const defines = forbiddenGlobalDefines();
 * console.log(defines.process, defines['globalThis.Buffer']); // __receivables_forbidden_node_global__process __receivables_forbidden_node_global__Buffer
 * ```
 */
export function forbiddenGlobalDefines(): Record<string, string> {
  const defines: Record<string, string> = {};
  for (const name of forbiddenGlobals) {
    defines[name] = `${forbiddenGlobalMarker}${name}`;
    defines[`globalThis.${name}`] = `${forbiddenGlobalMarker}${name}`;
  }
  return defines;
}
