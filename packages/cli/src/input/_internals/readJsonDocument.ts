import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeValue, ReceivablesError } from '@receivables/core';
import type { CliIo } from '../../program/CliIo.ts';
import type { InputProblem } from '../InputProblem.ts';
import { readJsonText } from './readJsonText.ts';

/**
 * Reads a JSON document a command is given (a policy, scorecard or catalog file) and checks that it
 * holds an object.
 *
 * @internal
 * @throws {ReceivablesError} `INPUT_NOT_FOUND` when the file does not exist or cannot be read;
 *   `INVALID_INPUT_FILE` with one problem when it is not valid JSON or holds no object.
 */
export async function readJsonDocument(
  file: string,
  io: Pick<CliIo, 'cwd'>,
  api: string,
  what: string,
): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    throw new ReceivablesError(
      'INPUT_NOT_FOUND',
      `${api}: the ${what} file ${describeValue(file)} ${reason}`,
      {
        details: { file },
        cause: error,
      },
    );
  }
  const parsed = readJsonText(text, file);
  if ('code' in parsed) throw fileError(api, parsed);
  const { value } = parsed;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const reason = `holds ${describeValue(value)}: a ${what} file holds a JSON object`;
    throw fileError(api, { file, code: 'INVALID_INPUT_FILE', reason });
  }
  return value as Record<string, unknown>;
}

function fileError(api: string, problem: InputProblem): ReceivablesError {
  return new ReceivablesError('INVALID_INPUT_FILE', `${api}: ${problem.file} ${problem.reason}`, {
    details: { problems: [problem] },
  });
}
