/**
 * How a TypeScript consumer resolves modules: `node16` (module node16, the way Node itself resolves,
 * with `.mts` files as ES modules and `.cts` files as CommonJS) or `bundler` (module esnext, the way
 * Vite, esbuild and webpack resolve).
 */
export type TypeScriptMode = 'node16' | 'bundler';
