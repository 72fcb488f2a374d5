import type { InputProblem } from '../InputProblem.ts';

/**
 * Parses JSON text (a BOM allowed); malformed JSON is one problem that names the line and column
 * where the parser stopped, when it says where.
 *
 * @internal
 */
export function readJsonText(text: string, file: string): { readonly value: unknown } | InputProblem {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(source) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? '' : ` at ${lineAndColumn(source, Number(position))}`;
    return { file, code: 'INVALID_INPUT_FILE', reason: `is not valid JSON${where}: ${message}` };
  }
}

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < position && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return `line ${line}, column ${position - lineStart + 1}`;
}
