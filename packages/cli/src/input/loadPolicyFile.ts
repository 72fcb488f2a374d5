import { parseReminderPolicy, type ReminderPolicy } from '@receivables/reminder-policy';
import type { CliIo } from '../program/CliIo.ts';
import { invalidDocument } from './_internals/invalidDocument.ts';
import { readJsonDocument } from './_internals/readJsonDocument.ts';

/**
 * Reads a reminder policy file (`--policy`): a whole policy as JSON, validated by reminder-policy's
 * `parseReminderPolicy`.
 *
 * @param file - The file, relative to `io.cwd` unless absolute.
 * @param io - The working directory.
 * @returns The validated policy.
 * @throws {ReceivablesError} `INPUT_NOT_FOUND` when the file does not exist or cannot be read;
 *   `INVALID_INPUT_FILE` when it is not valid JSON (the problem names the line and column) or not a valid
 *   policy: one problem per issue in `details.problems`, `column` the JSON path (`overdue.cadences[1].everyDays`),
 *   `code` `INVALID_POLICY` (or `INVALID_DATE`, `INVALID_AMOUNT`, ... for such values), the
 *   `INVALID_POLICY` error as `cause`.
 *
 * @example
 * ```ts
 * import { loadPolicyFile } from '@receivables/cli';
 * import { isReceivablesError } from '@receivables/core';
 *
 * try {
 *   await loadPolicyFile('no-such-policy.json', { cwd: '/nowhere' });
 * } catch (error) {
 *   console.log(isReceivablesError(error, 'INPUT_NOT_FOUND'), (error as Error).message); // true loadPolicyFile: the reminder policy file "no-such-policy.json" does not exist
 * }
 * ```
 */
export async function loadPolicyFile(file: string, io: Pick<CliIo, 'cwd'>): Promise<ReminderPolicy> {
  const document = await readJsonDocument(file, io, 'loadPolicyFile', 'reminder policy');
  try {
    return parseReminderPolicy(document);
  } catch (error) {
    throw invalidDocument(error, file, document, 'loadPolicyFile', 'reminder policy');
  }
}
