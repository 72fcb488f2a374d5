import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type DocExample, extractDocExamples, extractGuideExamples } from './extractDocExamples.ts';

/** Options of {@link describeDocExamples}. */
export interface DescribeDocExamplesOptions {
  /** The package folder, holding `src/`. */
  readonly packageDir: string;
  /** The repository's `packages/` folder, where `@receivables/<name>` imports are resolved to sources. */
  readonly packagesDir: string;
}

const formatLoggedModule = fileURLToPath(new URL('./formatLogged.ts', import.meta.url));

const LOG_WITH_EXPECTATION = /^(\s*)console\.log\((.*)\);\s*\/\/ ?(.*)$/;

/**
 * Declares one vitest test per `@example` in a package's sources. Each example runs as a module;
 * `console.log(x); // shown` lines become assertions that the logged line equals `shown`.
 *
 * @param options - Where the package and the workspace packages are.
 */
export function describeDocExamples(options: DescribeDocExamplesOptions): void {
  const examples = extractDocExamples(join(options.packageDir, 'src'));
  describeExamples(
    'documentation examples',
    examples,
    join(options.packageDir, '.doc-examples'),
    options.packagesDir,
  );
}

/** Options of {@link describeGuideExamples}. */
export interface DescribeGuideExamplesOptions {
  /** The folder of Markdown guides. */
  readonly guidesDir: string;
  /** A folder inside the workspace where the examples are written while they run (ignored by git). */
  readonly workDir: string;
  /** The repository's `packages/` folder. */
  readonly packagesDir: string;
}

/**
 * Declares one vitest test per ```ts block of the Markdown guides, run and checked like TSDoc examples,
 * so the guides never show code that does not work.
 *
 * @param options - Where the guides and the workspace packages are.
 */
export function describeGuideExamples(options: DescribeGuideExamplesOptions): void {
  describeExamples(
    'guide examples',
    extractGuideExamples(options.guidesDir),
    options.workDir,
    options.packagesDir,
  );
}

function describeExamples(
  title: string,
  examples: readonly DocExample[],
  baseDir: string,
  packagesDir: string,
): void {
  const options = { packagesDir };
  // One folder per kind of example, so two test files running in parallel never share a file.
  const workDir = join(baseDir, title.replace(/\W+/g, '-'));
  describe(title, () => {
    it('finds examples to run', () => {
      expect(examples.length).toBeGreaterThan(0);
    });
    for (const [index, example] of examples.entries()) {
      it(`${example.file}:${example.line} runs and prints what it says`, async () => {
        mkdirSync(workDir, { recursive: true });
        const file = join(workDir, `example-${index}.ts`);
        const { source, checkedLines } = instrument(example.code, options.packagesDir);
        writeFileSync(file, source);
        const checks: { line: number; expected: string; actual: string }[] = [];
        const holder = globalThis as { __docExampleChecks?: typeof checks | undefined };
        const previous = holder.__docExampleChecks;
        holder.__docExampleChecks = checks;
        try {
          await import(/* @vite-ignore */ `${pathToFileURL(file).href}?t=${Date.now()}`);
        } finally {
          holder.__docExampleChecks = previous;
          rmSync(file, { force: true });
        }
        for (const check of checks) {
          expect(check.actual, `${example.file}:${example.line + check.line} prints`).toBe(check.expected);
        }
        // A commented output line that never ran would document nothing: every one must run.
        const ran = new Set(checks.map((check) => check.line));
        const skipped = checkedLines.filter((line) => !ran.has(line)).map((line) => example.line + line);
        expect(skipped, `${example.file}: lines with an expected output that never ran`).toEqual([]);
        // A generous guard, not a speed check: the first example of a package loads its whole source
        // tree, which on a loaded two-core machine can take longer than vitest's default 5 s.
      }, 60_000);
    }
  });
}

/** Points `@receivables/<name>` at the sources and turns commented `console.log` lines into checks. */
function instrument(code: string, packagesDir: string): { source: string; checkedLines: number[] } {
  const checkedLines: number[] = [];
  const lines = code.split('\n').map((line, index) => {
    const withSources = line.replace(
      /(['"])@receivables\/([a-z-]+)((?:\/[\w.-]+)*)\1/g,
      (_match, _quote, name: string, subpath: string) => JSON.stringify(sourceOf(packagesDir, name, subpath)),
    );
    const match = LOG_WITH_EXPECTATION.exec(withSources);
    if (!match) return withSources;
    const [, indent, args, expected] = match;
    checkedLines.push(index + 1);
    const expectedText = JSON.stringify((expected ?? '').trimEnd());
    return `${indent}globalThis.__docExampleChecks.push({ line: ${index + 1}, expected: ${expectedText}, actual: __formatLogged([${args}]) });`;
  });
  const formatter = `import { formatLogged as __formatLogged } from ${JSON.stringify(formatLoggedModule)};`;
  return { source: `${formatter}\n${lines.join('\n')}\nexport {};\n`, checkedLines };
}

/** The source file behind `@receivables/<name><subpath>`, read from the package's `@receivables/source` export condition. */
function sourceOf(packagesDir: string, name: string, subpath: string): string {
  const manifest = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8')) as {
    exports?: Record<string, { '@receivables/source'?: string } | string>;
  };
  const entry = manifest.exports?.[`.${subpath}`];
  const source = typeof entry === 'object' ? entry['@receivables/source'] : undefined;
  return resolve(packagesDir, name, source ?? join('src', 'index.ts'));
}
