import { defineConfig, type Options } from 'tsup';

/**
 * The one build setup every published package shares: ESM and CJS, type
 * declarations for both, source maps, no bundled dependencies.
 */
export function definePackageBuild(overrides: Options = {}): ReturnType<typeof defineConfig> {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { customConditions: [] } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    splitting: false,
    tsconfig: 'tsconfig.build.json',
    ...overrides,
  });
}
