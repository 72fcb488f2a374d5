import { defineConfig } from 'vitest/config';

/**
 * The vitest configuration Stryker uses (see stryker.base.mjs): the same settings as vitest.config.ts, but
 * with the one project of the package under mutation, because vitest's `dir` option does not narrow a
 * multi-project configuration, and without the documentation-example tests (see `exclude`). stryker.base.mjs names the package in RECEIVABLES_MUTATION_PACKAGE before
 * Stryker starts its workers, which inherit the variable.
 */
const packageName = process.env.RECEIVABLES_MUTATION_PACKAGE;
if (packageName === undefined || !/^[a-z-]+$/.test(packageName)) {
  throw new Error(
    `vitest.mutation.config.ts: RECEIVABLES_MUTATION_PACKAGE must name a folder of packages/, got ${JSON.stringify(packageName)}`,
  );
}

const sourceConditions = ['@receivables/source', 'module', 'import', 'default'];

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    setupFiles: [new URL('./vitest.setup.ts', import.meta.url).pathname],
    projects: [
      {
        extends: true as const,
        test: {
          name: packageName,
          root: `packages/${packageName}`,
          include: ['src/**/*.test.ts'],
          // The documentation examples import the package inside a test, so Stryker would see every
          // module-level constant as covered by that one example and test its mutants against it alone;
          // without them such mutants are plainly static, and ignored (`ignoreStatic` in stryker.base.mjs).
          exclude: ['src/__tests__/docExamples.test.ts'],
          typecheck: { enabled: false },
        },
      },
    ],
  },
});
