/**
 * The Node.js globals that browsers lack. A browser bundle that refers to one of them as a free
 * variable (even behind `typeof x !== 'undefined'`) counts as reaching it. `require` is not in the
 * list: esbuild bundles `require('literal')` calls itself, and a call it cannot bundle leaves its
 * `__require` shim behind, which {@link findForbiddenGlobals} reports as `require`.
 */
export const forbiddenGlobals: readonly string[] = [
  'process',
  'Buffer',
  '__dirname',
  '__filename',
  'global',
  'setImmediate',
  'clearImmediate',
];

/** The prefix of the marker each forbidden global is replaced by when bundling. */
export const forbiddenGlobalMarker = '__receivables_forbidden_node_global__';
