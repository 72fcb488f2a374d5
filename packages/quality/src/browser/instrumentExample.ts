const LOG_WITH_EXPECTATION = /^(\s*)console\.log\((.*)\);\s*\/\/ ?(.*)$/;

/** An example rewritten so that its documented output is checked where it runs. */
export interface InstrumentedExample {
  /** The example's code with each `console.log(x); // shown` line turned into a recorded check. */
  readonly source: string;
  /** The 1-based lines of the example that carry an expected output: every one of them must run. */
  readonly checkedLines: readonly number[];
}

/**
 * Rewrites a TSDoc example the way the workspace's documentation tests do, but leaves its
 * `@receivables/*` imports alone so they resolve to whatever is installed (here: the packed
 * tarballs). Each `console.log(x); // shown` line pushes `{ line, expected, actual }` onto
 * `globalThis.__docExampleChecks`, with `actual` rendered by `__formatLogged`, which the caller
 * must import into the module.
 *
 * @param code - The example's code.
 * @returns The rewritten code and the lines that carry an expected output.
 *
 * @example
 * ```ts
 * import { instrumentExample } from '@receivables/quality';
 *
 * const { source, checkedLines } = instrumentExample("const day = '2026-02-01';\nconsole.log(day); // 2026-02-01");
 * console.log(checkedLines); // [2]
 * console.log(source.split('\n')[1]); // globalThis.__docExampleChecks.push({ line: 2, expected: "2026-02-01", actual: __formatLogged([day]) });
 * ```
 */
export function instrumentExample(code: string): InstrumentedExample {
  const checkedLines: number[] = [];
  const lines = code.split('\n').map((line, index) => {
    const match = LOG_WITH_EXPECTATION.exec(line);
    if (!match) return line;
    const [, indent = '', args = '', expected = ''] = match;
    checkedLines.push(index + 1);
    const expectedText = JSON.stringify(expected.trimEnd());
    return `${indent}globalThis.__docExampleChecks.push({ line: ${index + 1}, expected: ${expectedText}, actual: __formatLogged([${args}]) });`;
  });
  return { source: lines.join('\n'), checkedLines };
}
