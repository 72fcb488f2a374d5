import type { TypeScriptMode } from './TypeScriptMode.ts';

/**
 * The tsconfig of a TypeScript consumer project in one resolution mode. It is strict like a careful
 * user's and checks the installed declaration files too (`skipLibCheck: false`). The node16 consumer
 * is a Node.js project (`@types/node`, no DOM library); the bundler consumer is a browser app (the DOM
 * library, no `@types/node`), so a declaration that leans on Node's globals fails there.
 *
 * @param mode - `node16` or `bundler`.
 * @returns The tsconfig as JSON-ready data.
 *
 * @example
 * ```ts
 * import { typeScriptConsumerConfig } from '@receivables/quality';
 *
 * const config = typeScriptConsumerConfig('node16');
 * console.log(config.compilerOptions.module, config.compilerOptions.types, config.include); // node16 ["node"] ["types/*.mts","types/*.cts"]
 * console.log(typeScriptConsumerConfig('bundler').compilerOptions.lib); // ["es2022","dom"]
 * ```
 */
export function typeScriptConsumerConfig(mode: TypeScriptMode): {
  compilerOptions: Record<string, unknown>;
  include: string[];
} {
  const resolution =
    mode === 'node16'
      ? { module: 'node16', moduleResolution: 'node16', lib: ['es2022'], types: ['node'] }
      : { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] };
  return {
    compilerOptions: {
      ...resolution,
      target: 'es2022',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      forceConsistentCasingInFileNames: true,
    },
    // CommonJS consumers exist only where Node resolves: a bundler project is ESM through and through.
    include: mode === 'node16' ? ['types/*.mts', 'types/*.cts'] : ['types/*.mts'],
  };
}
