/**
 * Compares what a program printed with what it should print, line by line, and describes the first
 * difference so a failure says what went wrong without a diff tool.
 *
 * @param expected - The lines it must print.
 * @param actual - The lines it printed (see {@link outputLines} for a process's standard output).
 * @returns `undefined` when they are equal, otherwise a one-line description of the first difference.
 *
 * @example
 * ```ts
 * import { compareLines } from '@receivables/quality';
 *
 * console.log(compareLines(['1201.05 CNY'], ['1201.05 CNY'])); // undefined
 * console.log(compareLines(['a', 'b'], ['a', 'c'])); // line 2: expected "b", got "c"
 * console.log(compareLines(['a', 'b'], ['a'])); // line 2: expected "b", got nothing
 * ```
 */
export function compareLines(expected: readonly string[], actual: readonly string[]): string | undefined {
  const count = Math.max(expected.length, actual.length);
  for (let index = 0; index < count; index++) {
    const want = expected[index];
    const got = actual[index];
    if (want === got) continue;
    const shownWant = want === undefined ? 'nothing' : JSON.stringify(want);
    const shownGot = got === undefined ? 'nothing' : JSON.stringify(got);
    return `line ${index + 1}: expected ${shownWant}, got ${shownGot}`;
  }
  return undefined;
}
