import { createScorecard, type Scorecard, type ScorecardDefinition } from '@receivables/credit-scoring';
import type { CliIo } from '../program/CliIo.ts';
import { invalidDocument } from './_internals/invalidDocument.ts';
import { readJsonDocument } from './_internals/readJsonDocument.ts';

/**
 * Reads a scorecard definition file (`--scorecard`) and compiles it with credit-scoring's
 * `createScorecard`. A JSON file carries no code, so a definition with `custom` factors or conditions
 * is refused (they need their implementation in code; use the library for those).
 *
 * @param file - The file, relative to `io.cwd` unless absolute.
 * @param io - The working directory.
 * @returns The compiled scorecard.
 * @throws {ReceivablesError} `INPUT_NOT_FOUND` when the file does not exist or cannot be read;
 *   `INVALID_INPUT_FILE` when it is not valid JSON or not a valid scorecard: one problem per issue in
 *   `details.problems`, `column` the JSON path (`factors[0].weight`), `code` `INVALID_SCORECARD`, the
 *   `INVALID_SCORECARD` error as `cause`.
 *
 * @example
 * ```ts
 * import { loadScorecardFile } from '@receivables/cli';
 * import { isReceivablesError } from '@receivables/core';
 *
 * try {
 *   await loadScorecardFile('no-such-scorecard.json', { cwd: '/nowhere' });
 * } catch (error) {
 *   console.log(isReceivablesError(error, 'INPUT_NOT_FOUND')); // true
 * }
 * ```
 */
export async function loadScorecardFile(file: string, io: Pick<CliIo, 'cwd'>): Promise<Scorecard> {
  const document = await readJsonDocument(file, io, 'loadScorecardFile', 'scorecard');
  try {
    return createScorecard(document as unknown as ScorecardDefinition);
  } catch (error) {
    throw invalidDocument(error, file, document, 'loadScorecardFile', 'scorecard');
  }
}
