// @ts-check
/**
 * Settings shared by every package's stryker.config.mjs. Stryker runs from the repository root (its
 * sandbox is a copy of the root, so the root vitest setup and the packages' node_modules links resolve
 * as in a normal test run); each package's config only names the package.
 *
 * Run it with `pnpm mutation [package…]` (packages/testing/scripts/mutation.ts), or for one package
 * `npx stryker run packages/<name>/stryker.config.mjs`. To measure a slice, name it and its files in
 * the environment: RECEIVABLES_MUTATION_SLICE=money RECEIVABLES_MUTATION_FILES='packages/core/src/money/**\/*.ts'
 * (comma-separated globs; the exclusions below still apply, which a plain `--mutate` would drop).
 * Reports go to reports/mutation/<name>/ (a slice's to reports/mutation/<name>/slices/<slice>/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('.', import.meta.url).pathname;

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * A file whose statements are all type declarations or type-only imports and exports compiles to nothing,
 * so it has no mutants worth counting; it is left out of `mutate` so that the report lists real code only.
 * @param {string} file
 */
function declaresTypesOnly(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  return source.statements.every(
    (statement) =>
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly === true) ||
      (ts.isExportDeclaration(statement) && statement.isTypeOnly),
  );
}

/**
 * The Stryker configuration for one published package.
 * @param {string} packageName a folder of packages/
 * @returns {ConstructorParameters<typeof import('@stryker-mutator/core').Stryker>[0]} Stryker's options
 */
export function mutationConfig(packageName) {
  // Read by vitest.mutation.config.ts in Stryker's workers, which inherit the environment.
  process.env.RECEIVABLES_MUTATION_PACKAGE = packageName;
  // Property tests draw the same cases in every run, so a mutant's status does not depend on luck.
  process.env.FC_SEED ??= '20261122';
  const src = join(root, 'packages', packageName, 'src');
  const typeOnly = sourceFiles(src)
    .filter(declaresTypesOnly)
    .map((file) => `!${relative(root, file)}`);
  // A slice (a run over part of the package, e.g. `--mutate` of one folder) keeps its own reports and
  // incremental file, so that it never overwrites the whole package's.
  const slice = process.env.RECEIVABLES_MUTATION_SLICE;
  const sliceFiles = slice ? process.env.RECEIVABLES_MUTATION_FILES?.split(',') : undefined;
  if (slice && !sliceFiles)
    throw new Error('stryker.base.mjs: RECEIVABLES_MUTATION_SLICE needs RECEIVABLES_MUTATION_FILES');
  const reports = `reports/mutation/${packageName}${slice ? `/slices/${slice}` : ''}`;
  return {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: 'vitest.mutation.config.ts', related: false },
    coverageAnalysis: 'perTest',
    mutate: [
      ...(sliceFiles ?? [`packages/${packageName}/src/**/*.ts`]),
      '!**/__tests__/**',
      '!**/*.test.ts',
      '!**/*.test-d.ts',
      ...typeOnly,
    ],
    // Static mutants (module-level constants) run every test for each mutant; with perTest coverage
    // they are the slow tail of a run, and they are mostly tables that the known-answer tests pin anyway.
    ignoreStatic: true,
    // Only what the package's tests need (the shared testing package included); the other packages
    // resolve through their node_modules links. Build and doc-example scratch folders come and go while
    // other work runs, and a file that vanishes between listing and copying fails the run.
    ignorePatterns: [
      '/*',
      '!/package.json',
      '!/tsconfig*.json',
      '!/vitest.mutation.config.ts',
      '!/vitest.setup.ts',
      '!/packages',
      '/packages/*',
      `!/packages/${packageName}`,
      '!/packages/testing',
      '**/dist',
      '**/.tmpbuild',
      '**/.doc-examples',
    ],
    concurrency: 2,
    timeoutMS: 20_000,
    timeoutFactor: 2,
    thresholds: { high: 90, low: 85, break: null },
    reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
    htmlReporter: { fileName: `${reports}/index.html` },
    jsonReporter: { fileName: `${reports}/mutation.json` },
    clearTextReporter: { allowColor: false, reportTests: false, reportMutants: true },
    incremental: true,
    incrementalFile: `${reports}/stryker-incremental.json`,
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
  };
}
