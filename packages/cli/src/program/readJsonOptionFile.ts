import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeValue, ReceivablesError } from '@receivables/core';

/**
 * Reads the JSON file an option names (`--rates rates.json`, `--map map.json`), relative to `cwd`.
 *
 * @internal
 * @throws {ReceivablesError} `INPUT_NOT_FOUND` when there is no such file; `INVALID_INPUT_FILE` (with one
 *   file-level problem in `details.problems`) when it cannot be read or is not valid JSON.
 */
export function readJsonOptionFile(option: string, path: string, cwd: string, where: string): unknown {
  const absolute = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ReceivablesError(
        'INPUT_NOT_FOUND',
        `${where}: ${option} file ${describeValue(path)} does not exist (looked for ${absolute})`,
        { details: { option, file: path }, cause: error },
      );
    }
    throw fileProblem(option, path, where, `cannot be read: ${(error as Error).message}`, error);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw fileProblem(option, path, where, `is not valid JSON: ${(error as Error).message}`, error);
  }
}

function fileProblem(
  option: string,
  path: string,
  where: string,
  reason: string,
  cause: unknown,
): ReceivablesError {
  return new ReceivablesError(
    'INVALID_INPUT_FILE',
    `${where}: ${option} file ${describeValue(path)} ${reason}`,
    {
      details: { option, file: path, problems: [{ file: path, code: 'INVALID_INPUT_FILE', reason }] },
      cause,
    },
  );
}
