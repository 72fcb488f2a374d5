import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findForbiddenGlobals } from '../findForbiddenGlobals.ts';
import { forbiddenGlobalDefines } from '../forbiddenGlobalDefines.ts';
import { forbiddenGlobals } from '../forbiddenGlobals.ts';
import { instrumentExample } from '../instrumentExample.ts';
import { judgeBrowserResults } from '../judgeBrowserResults.ts';
import { rejectNodeBuiltins } from '../rejectNodeBuiltins.ts';

/** Bundles a snippet for the browser the way the packed check does, and returns the code. */
async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    define: forbiddenGlobalDefines(),
    plugins: [rejectNodeBuiltins()],
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('instrumentExample', () => {
  it('turns each commented console.log into a check and keeps every other line', () => {
    const code = [
      "import { addDays } from '@receivables/core';",
      "console.log(addDays('2026-01-31', 1)); // 2026-02-01",
      'console.log(1);',
      '  console.log(a, b);   //  two spaces  ',
    ].join('\n');
    const { source, checkedLines } = instrumentExample(code);
    const lines = source.split('\n');
    expect(checkedLines).toEqual([2, 4]);
    expect(lines[0]).toBe("import { addDays } from '@receivables/core';");
    expect(lines[1]).toBe(
      'globalThis.__docExampleChecks.push({ line: 2, expected: "2026-02-01", actual: __formatLogged([addDays(\'2026-01-31\', 1)]) });',
    );
    expect(lines[2]).toBe('console.log(1);');
    expect(lines[3]).toBe(
      '  globalThis.__docExampleChecks.push({ line: 4, expected: " two spaces", actual: __formatLogged([a, b]) });',
    );
  });
});

describe('forbidden Node.js globals in a browser bundle', () => {
  it.each(forbiddenGlobals.map((name) => [name]))(
    'finds a free reference to %s, even behind typeof',
    async (name) => {
      const code = await bundle(`export const here = typeof ${name} !== 'undefined' ? ${name} : undefined;`);
      expect(findForbiddenGlobals(code).map((use) => use.global)).toContain(name);
    },
  );

  it('leaves locals, properties and strings named like a global alone', async () => {
    const code = await bundle(
      "const process = { env: 1 }; export const a = process.env; export const b = 'process.env.NODE_ENV'; export const c = ({ Buffer: 1 }).Buffer;",
    );
    expect(findForbiddenGlobals(code)).toEqual([]);
  });

  it('finds globalThis.process and a require call esbuild cannot bundle', async () => {
    const code = await bundle(
      'export const a = globalThis.process; export const load = (name) => require(name);',
    );
    expect(
      findForbiddenGlobals(code)
        .map((use) => use.global)
        .sort(),
    ).toEqual(['process', 'require']);
  });

  it.each([['node:fs'], ['fs'], ['fs/promises'], ['node:worker_threads']])(
    'fails the build on an import of %s, naming the built-in',
    async (specifier) => {
      await expect(bundle(`import * as m from '${specifier}'; export { m };`)).rejects.toThrow(
        `"${specifier}", a Node.js built-in that browsers lack`,
      );
    },
  );
});

describe('judgeBrowserResults', () => {
  const entries = [
    { kind: 'smoke' as const, id: 'smoke', expected: ['a'] },
    { kind: 'example' as const, id: 'example', checkedLines: [2] },
  ];

  it('passes programs that printed and checked what they promised', () => {
    const outcomes = judgeBrowserResults(entries, [
      { id: 'smoke', checks: [], logged: ['a'] },
      { id: 'example', checks: [{ line: 2, expected: 'x', actual: 'x' }], logged: ['noise'] },
    ]);
    expect(outcomes.map((outcome) => outcome.problems)).toEqual([[], []]);
  });

  it('reports a throw, a wrong line, a wrong check and a program that never ran', () => {
    const outcomes = judgeBrowserResults(
      [...entries, { kind: 'smoke', id: 'missing', expected: [] }],
      [
        { id: 'smoke', checks: [], logged: ['b'] },
        {
          id: 'example',
          checks: [{ line: 2, expected: 'x', actual: 'y' }],
          logged: [],
          error: 'TypeError: boom',
        },
      ],
    );
    expect(outcomes.map((outcome) => outcome.problems)).toEqual([
      ['line 1: expected "a", got "b"'],
      ['threw TypeError: boom', 'line 2: expected "x", got "y"'],
      ['did not run'],
    ]);
  });
});

describe('properties', () => {
  it('preserves the example: without commented console.log lines, instrumenting changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string().filter((line) => !line.includes('\n') && !line.includes('//'))),
        (lines) => {
          const code = lines.join('\n');
          expect(instrumentExample(code)).toEqual({ source: code, checkedLines: [] });
        },
      ),
    );
  });

  it('keeps line numbers: the instrumented example has as many lines as the example', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constant('console.log(x); // 1'),
            fc.string().filter((line) => !line.includes('\n')),
          ),
        ),
        (lines) => {
          expect(instrumentExample(lines.join('\n')).source.split('\n')).toHaveLength(
            Math.max(lines.length, 1),
          );
        },
      ),
    );
  });
});
