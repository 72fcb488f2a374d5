import type { TypeScriptDiagnostic } from './TypeScriptDiagnostic.ts';

/**
 * Groups TypeScript errors that share a file, a code and a message into one line, so a declaration
 * file with the same mistake in a hundred places reads as one finding with its count and first lines.
 *
 * @param diagnostics - The errors.
 * @returns One line per group, in order of first appearance.
 *
 * @example
 * ```ts
 * import { summarizeDiagnostics } from '@receivables/quality';
 *
 * const error = { file: 'dist/index.d.ts', code: 'TS2709', message: "Cannot use namespace 'Decimal' as a type." };
 * const lines = summarizeDiagnostics([{ ...error, line: 3 }, { ...error, line: 9 }, { ...error, line: 12 }, { ...error, line: 40 }]);
 * console.log(lines); // ["dist/index.d.ts: 4 × TS2709 Cannot use namespace 'Decimal' as a type. (lines 3, 9, 12, …)"]
 * ```
 */
export function summarizeDiagnostics(diagnostics: readonly TypeScriptDiagnostic[]): string[] {
  const groups = new Map<string, { head: TypeScriptDiagnostic; lines: number[] }>();
  for (const diagnostic of diagnostics) {
    const key = `${diagnostic.file}\u0000${diagnostic.code}\u0000${diagnostic.message}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { head: diagnostic, lines: [diagnostic.line] });
    else group.lines.push(diagnostic.line);
  }
  return [...groups.values()].map(({ head, lines }) => {
    const where = head.file === '' ? '(no file)' : head.file;
    const shown = lines.slice(0, 3).join(', ') + (lines.length > 3 ? ', …' : '');
    const count = lines.length > 1 ? `${lines.length} × ` : '';
    return `${where}: ${count}${head.code} ${head.message} (line${lines.length > 1 ? 's' : ''} ${shown})`;
  });
}
