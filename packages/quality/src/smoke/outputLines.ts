/**
 * Splits what a process wrote into the lines it printed: the newline that ends the last line does not
 * start another, and nothing printed is no lines at all.
 *
 * @param output - The process's standard output.
 * @returns The printed lines.
 *
 * @example
 * ```ts
 * import { outputLines } from '@receivables/quality';
 *
 * console.log(outputLines('a\nb\n'), outputLines(''), outputLines('a\r\n\n')); // ["a","b"] [] ["a",""]
 * ```
 */
export function outputLines(output: string): string[] {
  return output === '' ? [] : output.replace(/\r?\n$/, '').split(/\r?\n/);
}
