import type { TypeScriptDiagnostic } from './TypeScriptDiagnostic.ts';

const DIAGNOSTIC = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/;
const GLOBAL_DIAGNOSTIC = /^error (TS\d+): (.*)$/;

/**
 * Reads the errors out of `tsc --pretty false` output. Errors that belong to no file (a bad option,
 * a missing lib) are kept with an empty file name so they are never lost.
 *
 * @param output - What tsc printed.
 * @returns The errors, in the order printed.
 *
 * @example
 * ```ts
 * import { parseTypeScriptDiagnostics } from '@receivables/quality';
 *
 * const output = "types/core.mts(3,7): error TS2339: Property 'mony' does not exist.\n  details\nerror TS5023: Unknown compiler option 'x'.";
 * const [first, second] = parseTypeScriptDiagnostics(output);
 * console.log(first?.file, first?.line, first?.code); // types/core.mts 3 TS2339
 * console.log(JSON.stringify(second?.file), second?.code); // "" TS5023
 * ```
 */
export function parseTypeScriptDiagnostics(output: string): TypeScriptDiagnostic[] {
  const diagnostics: TypeScriptDiagnostic[] = [];
  for (const line of output.split('\n')) {
    const located = DIAGNOSTIC.exec(line.trim());
    if (located) {
      const [, file = '', lineNumber = '0', code = '', message = ''] = located;
      diagnostics.push({ file, line: Number(lineNumber), code, message });
      continue;
    }
    const global = GLOBAL_DIAGNOSTIC.exec(line.trim());
    if (global) diagnostics.push({ file: '', line: 0, code: global[1] ?? '', message: global[2] ?? '' });
  }
  return diagnostics;
}
