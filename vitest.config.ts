import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/** Tests run on the sources: this export condition points each package at `src/index.ts`. */
const sourceConditions = ['@receivables/source', 'module', 'import', 'default'];

const packageNames = readdirSync(new URL('./packages', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    setupFiles: [new URL('./vitest.setup.ts', import.meta.url).pathname],
    projects: packageNames.map((name) => ({
      extends: true as const,
      test: {
        name,
        root: `packages/${name}`,
        include: ['src/**/*.test.ts'],
        benchmark: { include: ['bench/**/*.bench.ts'] },
        typecheck: { enabled: false },
      },
    })),
  },
});
